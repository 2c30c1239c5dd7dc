/**
 * How the 检查指标 judges a column's freshness: by the newest item in it, against a limit counted
 * back from the date of the check (监测时间点). Shared by the column rules, not a rule itself.
 */
import { addDays, addMonths, dayOf, daysBetween } from '../../../lib/dates.ts';
import type { Bilingual } from '../../../schema/fields.ts';
import type { Finding, Severity } from '../report.ts';

export type Limit = { days: number } | { months: number };

export interface Column {
	label: Bilingual;
	/** The column's list page, or its folder in content/. */
	where: string;
	/** Publication dates of its items. */
	published: readonly string[];
}

export const COLUMN_NOT_UPDATED: Bilingual = { 'zh-CN': '栏目不更新', en: 'Column not updated' };

const limitText = (limit: Limit): Bilingual =>
	'days' in limit
		? limit.days % 7 === 0
			? { 'zh-CN': `${limit.days / 7} 周`, en: `${limit.days / 7} weeks` }
			: { 'zh-CN': `${limit.days} 天`, en: `${limit.days} days` }
		: { 'zh-CN': `${limit.months} 个月`, en: `${limit.months} months` };

/** The earliest publication date that still counts as an update within the limit. */
export const oldestAllowed = (date: string, limit: Limit) =>
	'days' in limit ? addDays(date, -limit.days) : addMonths(date, -limit.months);

/** A finding when the column's newest item is older than the limit; nothing for an empty column (see empty-columns.ts). */
export function staleColumn(
	rule: string,
	severity: Severity,
	column: Column,
	date: string,
	limit: Limit,
	fix: Bilingual
): Finding | undefined {
	const newest = column.published
		.map(dayOf)
		.filter((d) => d <= date)
		.sort()
		.at(-1);
	if (!newest || newest >= oldestAllowed(date, limit)) return undefined;
	const days = daysBetween(newest, date);
	const within = limitText(limit);
	return {
		rule,
		severity,
		indicator: COLUMN_NOT_UPDATED,
		where: column.where,
		message: {
			'zh-CN': `“${column.label['zh-CN']}”栏目已 ${days} 天未更新（最新一条发布于 ${newest}），检查要求 ${within['zh-CN']}内有更新`,
			en: `“${column.label.en}” has not been updated for ${days} days (its newest item is from ${newest}); inspections expect an update within ${within.en}`,
		},
		fix,
	};
}
