/**
 * Rules over an expo's agenda and booths. Declared with the schema (collections.ts), so the build,
 * the content check and the CMS's save check apply them. Whether a booth's project lists the expo
 * needs the projects too: that is a rule of the content check (src/content-check/rules/expo-booths.ts).
 */
import type { EntryRule } from './collections.ts';
import type { Bilingual } from './fields.ts';

const bi = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, en });
const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? (v as Record<string, unknown>[]) : []);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const hasTime = (v: string) => v.length > 10;

/** An agenda item's end is written like its start (both dated or both timed) and is not before it. */
export const agendaItemEnds = (item: Record<string, unknown>): boolean => {
	const start = text(item.start);
	const end = text(item.end);
	return !start || !end || (hasTime(start) === hasTime(end) && start <= end);
};

/** An agenda item falls within the expo's days. */
export const agendaItemWithin = (item: Record<string, unknown>, expo: Record<string, unknown>): boolean => {
	const day = text(item.start)?.slice(0, 10);
	const from = text(expo.start);
	const to = text(expo.end);
	return !day || !from || !to || (day >= from && (text(item.end)?.slice(0, 10) ?? day) <= to);
};

export const agendaRules: readonly EntryRule[] = [
	{
		field: 'agenda',
		check: (d) => list(d.agenda).every(agendaItemEnds),
		message: bi(
			'有活动的结束早于开始，或与开始的写法不一致',
			'has an event that ends before it starts, or whose end is written unlike its start'
		),
		fix: bi(
			'结束与开始都写日期，或都写日期和时间（YYYY-MM-DD HH:MM），且结束不早于开始',
			'write “end” like “start” (both YYYY-MM-DD, or both YYYY-MM-DD HH:MM) and not before it'
		),
	},
	{
		field: 'agenda',
		check: (d) => list(d.agenda).every((item) => agendaItemWithin(item, d)),
		message: bi('有活动不在展会举办日期内', 'has an event outside the expo’s dates'),
		fix: bi('核对活动日期，或展会的开幕、闭幕日期', 'correct the event’s date, or the expo’s “start” and “end”'),
	},
	{
		field: 'booths',
		check: (d) => {
			const ids = list(d.booths).map((b) => b.project);
			return new Set(ids).size === ids.length;
		},
		message: bi('同一项目列了两次', 'names a project twice'),
		fix: bi('每个项目只填一个展位', 'give each project one booth'),
	},
];
