import { describe, expect, it } from 'vitest';
import { NEWS_COLUMNS, context, entry } from '../test-context.ts';
import { newsUpdatedRule } from './news-updated.ts';

const news = (...items: [string, string?][]) =>
	items.map(([published, column], i) => entry('news', `n${i}`, { published, ...(column ? { column } : {}) }));

describe('news-updated', () => {
	it('passes news published within 2 weeks of the date', () => {
		expect(newsUpdatedRule(context({ news: news(['2026-11-18 09:00'], ['2025-01-01']) }))).toEqual([]);
	});

	it('fails the site outright when the newest item is older than 2 weeks', () => {
		const [finding, ...rest] = newsUpdatedRule(context({ news: news(['2026-11-17 18:00'], ['2026-10-01']) }));
		expect(rest).toEqual([]);
		expect(finding).toMatchObject({ severity: 'veto', where: '/news/' });
		expect(finding!.message['zh-CN']).toContain('已 15 天未更新（最新一条发布于 2026-11-17）');
		expect(finding!.message.en).toContain('within 2 weeks');
	});

	it('does not count items dated after the date', () => {
		expect(newsUpdatedRule(context({ news: news(['2026-12-20'], ['2026-10-01']) }))).toHaveLength(1);
	});

	it('leaves an empty column to the empty-columns rule', () => {
		expect(newsUpdatedRule(context({ news: [] }))).toEqual([]);
	});

	it('checks every 动态 sub-column on its own, and not 通知公告', () => {
		const findings = newsUpdatedRule(
			context({
				newsColumns: NEWS_COLUMNS,
				news: news(['2026-12-01', 'work'], ['2026-10-01', 'prefectures'], ['2026-06-10', 'notices']),
			})
		);
		expect(findings.map((f) => f.where)).toEqual(['/news/ › 州市动态']);
	});
});
