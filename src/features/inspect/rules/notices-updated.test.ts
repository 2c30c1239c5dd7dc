import { describe, expect, it } from 'vitest';
import { NEWS_COLUMNS, context, entry } from '../test-context.ts';
import { noticesUpdatedRule } from './notices-updated.ts';

const notice = (published: string, column = 'notices') => entry('news', published, { published, column });

describe('notices-updated', () => {
	it('says it cannot check 通知公告 while news has no sub-columns', () => {
		expect(noticesUpdatedRule(context())).toEqual([expect.objectContaining({ severity: 'hint', where: '/news/' })]);
	});

	it('passes notices published within 6 months', () => {
		expect(noticesUpdatedRule(context({ newsColumns: NEWS_COLUMNS, news: [notice('2026-06-02 10:00')] }))).toEqual([]);
	});

	it('fails the site outright when the newest notice is older than 6 months', () => {
		const findings = noticesUpdatedRule(context({ newsColumns: NEWS_COLUMNS, news: [notice('2026-06-01'), notice('2026-11-30', 'work')] }));
		expect(findings).toEqual([expect.objectContaining({ severity: 'veto', where: '/news/ › 通知公告' })]);
		expect(findings[0]!.message.en).toContain('within 6 months');
	});
});
