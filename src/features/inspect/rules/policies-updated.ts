/**
 * The policy column is updated within 6 months.
 *
 * Graded 单项否决, as the 检查指标 grades 政策文件 columns left 6 months without an update
 * (栏目不更新; see news-updated.ts for why each column counts).
 */
import { entryCollections } from '../../../schema/collections.ts';
import type { InspectRule } from '../context.ts';
import { staleColumn } from './freshness.ts';

export const POLICIES_LIMIT = { months: 6 };

export const policiesUpdatedRule: InspectRule = (ctx) => {
	const column = { label: entryCollections.policies.label, where: '/policies/', published: ctx.policies.map((p) => p.data.published) };
	const finding = staleColumn('policies-updated', 'veto', column, ctx.date, POLICIES_LIMIT, {
		'zh-CN': '发布（或转载）近期出台的政策文件，并附原文和解读',
		en: 'publish (or republish) recently issued policies, with the original document and an interpretation',
	});
	return finding ? [finding] : [];
};
