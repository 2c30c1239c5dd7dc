/**
 * Rules over a project's fields together: its breakdown and financing add up to its total
 * investment, its highlights are a handful, its preparatory work names each approval once. Declared
 * with the schema (collections.ts), so the build, the content check and the CMS's save check apply them.
 */
import type { EntryRule } from './collections.ts';
import type { Bilingual } from './fields.ts';

const bi = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, en });
type Amounts = readonly { amount?: unknown }[];

/** The sum of a list's amounts, in 万元. */
export const sumOf = (items: Amounts): number => items.reduce((s, i) => s + (typeof i.amount === 'number' ? i.amount : 0), 0);

/** Whether amounts add up to a total, allowing for rounding to whole 万元. */
export const addsUp = (items: unknown, total: unknown): boolean =>
	!Array.isArray(items) || items.length === 0 || typeof total !== 'number' || Math.abs(sumOf(items as Amounts) - total) < 0.5;

const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? (v as Record<string, unknown>[]) : []);

export const projectRules: readonly EntryRule[] = [
	{
		field: 'breakdown',
		check: (d) => addsUp(d.breakdown, d.investment),
		message: bi('各项之和不等于总投资', 'does not add up to the total investment'),
		fix: bi('请核对各项金额（万元）和总投资，使之相等', 'correct the amounts (in 万元) or “investment” so that they are equal'),
	},
	{
		field: 'financing',
		check: (d) => addsUp(d.financing, d.investment),
		message: bi('各来源之和不等于总投资', 'does not add up to the total investment'),
		fix: bi('请核对各来源金额（万元）和总投资，使之相等', 'correct the amounts (in 万元) or “investment” so that they are equal'),
	},
	{
		field: 'highlights',
		check: (d) => list(d.highlights).length === 0 || list(d.highlights).length >= 3,
		message: bi('少于 3 条', 'has fewer than three points'),
		fix: bi('写 3 至 5 条亮点，或全部留空', 'write three to five highlights, or none'),
	},
	{
		field: 'preparation',
		check: (d) => new Set(list(d.preparation).map((p) => p.step)).size === list(d.preparation).length,
		message: bi('同一项手续出现了两次', 'names the same approval twice'),
		fix: bi('每项手续只写一行', 'keep one line per approval'),
	},
	{
		field: 'preparation',
		check: (d) => list(d.preparation).every((p) => p.status !== 'done' || Boolean(p.date)),
		message: bi('已完成的手续缺少日期', 'has an approval marked done without its date'),
		fix: bi('填写办结日期', 'give the date it was granted'),
	},
	{
		field: 'sitePlanAlt',
		check: (d) => !d.sitePlan || Boolean(d.sitePlanAlt),
		message: bi('总平面图缺少说明', 'is missing for the site plan'),
		fix: bi('描述图上的地块、道路和分区', 'describe the plot, roads and zones the plan shows'),
	},
];
