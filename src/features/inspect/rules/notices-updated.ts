/**
 * 通知公告 is updated within 6 months.
 *
 * Graded 单项否决, as the 检查指标 grades 通知公告 and 政策文件 columns left 6 months without an
 * update (栏目不更新; see news-updated.ts for why each column counts). News carries 通知公告 as a
 * sub-column; while it has no sub-column field, notices cannot be told from news: a hint says so.
 */
import { NOTICES, newsColumnOf, type InspectRule } from '../context.ts';
import { staleColumn } from './freshness.ts';

const RULE = 'notices-updated';
export const NOTICES_LIMIT = { months: 6 };

export const noticesUpdatedRule: InspectRule = (ctx) => {
	if (!ctx.newsColumns)
		return [
			{
				rule: RULE,
				severity: 'hint',
				indicator: { 'zh-CN': '栏目不更新', en: 'Column not updated' },
				where: '/news/',
				message: {
					'zh-CN': '新闻没有子栏目字段，无法单独检查“通知公告”是否在 6 个月内更新',
					en: 'News has no sub-column field, so whether 通知公告 (notices) was updated within 6 months cannot be checked',
				},
				fix: {
					'zh-CN': '在内容模型中为新闻加上子栏目（通知公告、工作动态等）后再检查',
					en: 'give news its sub-columns (notices, work news …) in the content model, then inspect again',
				},
			},
		];
	const option = ctx.newsColumns.options.find((o) => o.value === NOTICES);
	if (!option) return [];
	const column = {
		label: option.label,
		where: `/news/ › ${option.label['zh-CN']}`,
		published: ctx.news.filter((n) => newsColumnOf(ctx, n) === NOTICES).map((n) => n.data.published),
	};
	const finding = staleColumn(RULE, 'veto', column, ctx.date, NOTICES_LIMIT, {
		'zh-CN': '发布新的通知公告；没有新通知时，也应至少每半年发布一条（如工作安排、征集公告）',
		en: 'publish a notice; with nothing new to announce, still publish one at least every six months (a work plan, a call for proposals)',
	});
	return finding ? [finding] : [];
};
