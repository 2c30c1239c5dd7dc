/**
 * 动态 columns are updated within 2 weeks.
 *
 * Graded 单项否决, the cautious reading: the 检查指标 fails a site whose home page has had no update
 * for 2 weeks (网站不更新), and counts 动态、要闻 columns left 2 weeks without one towards failing it
 * (栏目不更新, 5 such columns across the site). The home page's news block is such a column, and a
 * bureau's site has few of them, so each one is treated as failing the site.
 */
import { entryCollections } from '../../../schema/collections.ts';
import { NOTICES, newsColumnOf, type InspectRule } from '../context.ts';
import { staleColumn, type Column } from './freshness.ts';

const RULE = 'news-updated';
export const NEWS_LIMIT = { days: 14 };

export const newsUpdatedRule: InspectRule = (ctx) => {
	const news = entryCollections.news.label;
	const columns: Column[] = ctx.newsColumns
		? ctx.newsColumns.options
				.filter((o) => o.value !== NOTICES)
				.map((o) => ({
					label: o.label,
					where: `/news/ › ${o.label['zh-CN']}`,
					published: ctx.news.filter((n) => newsColumnOf(ctx, n) === o.value).map((n) => n.data.published),
				}))
		: [{ label: news, where: '/news/', published: ctx.news.map((n) => n.data.published) }];
	return columns.flatMap(
		(column) =>
			staleColumn(RULE, 'veto', column, ctx.date, NEWS_LIMIT, {
				'zh-CN': `在“${column.label['zh-CN']}”发布新的动态，此后至少每周更新一次`,
				en: `publish news in “${column.label.en}”, then at least one item a week`,
			}) ?? []
	);
};
