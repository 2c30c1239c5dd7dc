/**
 * No column is empty.
 *
 * A column with nothing in it (空白栏目) is graded 扣分 here, one item per column, and 5 or more
 * together are 单项否决: the 检查指标 fails a site with 空白栏目 累计超过（含）5个. A topic page
 * (an industry, a prefecture, an expo) with nothing on it is not a column but reads as one
 * left empty: a hint.
 */
import { COLUMNS, type ColumnId } from '../../../schema/collections.ts';
import type { Bilingual, LocalizedText } from '../../../schema/fields.ts';
import { routes } from '../../../lib/routes.ts';
import { newsColumnOf, type InspectContext, type InspectRule } from '../context.ts';
import type { Finding } from '../report.ts';

const RULE = 'empty-columns';
const INDICATOR: Bilingual = { 'zh-CN': '空白栏目', en: 'Empty column' };
export const EMPTY_COLUMNS_VETO = 5;

/** How many items each content column lists; columns that are tools (search, shortlist) have none to count. */
const COUNTS: Partial<Record<ColumnId, { path: string; count: (ctx: InspectContext) => number }>> = {
	projects: { path: routes.projects, count: (c) => c.projects.length },
	parks: { path: routes.parks, count: (c) => c.parks.length },
	map: { path: routes.parksMap, count: (c) => c.parks.length },
	policies: { path: routes.policies, count: (c) => c.policies.length },
	news: { path: routes.news, count: (c) => c.news.length },
	industries: { path: routes.industries, count: (c) => c.industries.items.length },
	prefectures: { path: routes.prefectures, count: (c) => c.prefectures.items.length },
	expo: { path: routes.expos, count: (c) => c.expos.items.length },
	interaction: { path: routes.interaction, count: (c) => c.enquiries.length },
	reports: { path: routes.reports, count: (c) => c.reports.length },
	interpretations: { path: routes.interpretations, count: (c) => c.interpretations.length },
	cases: { path: routes.cases, count: (c) => c.cases.length },
};

const fix: Bilingual = {
	'zh-CN': '为该栏目发布内容；确实没有内容的栏目应当撤下，不要留空',
	en: 'publish content in the column; a column with nothing to say should be removed, not left empty',
};

function emptyColumns(ctx: InspectContext): { label: Bilingual; where: string }[] {
	const columns = COLUMNS.flatMap((c) => {
		const counted = COUNTS[c.value];
		return counted ? [{ label: c.label, where: counted.path, count: counted.count(ctx) }] : [];
	});
	for (const o of ctx.newsColumns?.options ?? [])
		columns.push({
			label: o.label,
			where: `${routes.news} › ${o.label['zh-CN']}`,
			count: ctx.news.filter((n) => newsColumnOf(ctx, n) === o.value).length,
		});
	return columns.filter((c) => c.count === 0);
}

/** Topic pages with nothing listed on them. */
function emptyTopics(ctx: InspectContext): Finding[] {
	const used = {
		industries: new Set([
			...ctx.projects.map((p) => p.data.industry),
			...[...ctx.parks, ...ctx.policies, ...ctx.news].flatMap((e) => e.data.industries ?? []),
		]),
		prefectures: new Set([
			...[...ctx.projects, ...ctx.parks].map((e) => e.data.prefecture),
			...ctx.policies.map((p) => p.data.region),
			...ctx.news.map((n) => n.data.prefecture),
		]),
		expos: new Set(ctx.projects.flatMap((p) => p.data.expos)),
	};
	const topic = (kind: keyof typeof used, path: (id: string) => string, file: string, items: { id: string; name: LocalizedText }[]) =>
		items
			.filter((item) => !used[kind].has(item.id))
			.map((item): Finding => ({
				rule: RULE,
				severity: 'hint',
				indicator: INDICATOR,
				where: path(item.id),
				message: {
					'zh-CN': `“${item.name['zh-CN']}”页面没有任何项目、园区、政策或动态`,
					en: `the page of “${item.name.en || item.name['zh-CN']}” lists no projects, parks, policies or news`,
				},
				fix: {
					'zh-CN': `为它发布相关内容，或从 ${file} 中删去它`,
					en: `publish something about it, or remove it from ${file}`,
				},
			}));
	return [
		...topic('industries', routes.industry, ctx.industries.file, ctx.industries.items),
		...topic('prefectures', routes.prefecture, ctx.prefectures.file, ctx.prefectures.items),
		...topic('expos', routes.expo, ctx.expos.file, ctx.expos.items),
	];
}

export const emptyColumnsRule: InspectRule = (ctx) => {
	const empty = emptyColumns(ctx);
	const findings = empty.map((c): Finding => ({
		rule: RULE,
		severity: 'deduction',
		indicator: INDICATOR,
		where: c.where,
		message: { 'zh-CN': `“${c.label['zh-CN']}”栏目没有任何内容`, en: `“${c.label.en}” has nothing in it` },
		fix,
	}));
	if (empty.length >= EMPTY_COLUMNS_VETO)
		findings.push({
			rule: RULE,
			severity: 'veto',
			indicator: INDICATOR,
			where: empty.map((c) => c.where).join(', '),
			message: {
				'zh-CN': `共有 ${empty.length} 个空白栏目，达到单项否决的 ${EMPTY_COLUMNS_VETO} 个`,
				en: `${empty.length} columns are empty; ${EMPTY_COLUMNS_VETO} fail the site outright`,
			},
			fix,
		});
	return [...findings, ...emptyTopics(ctx)];
};
