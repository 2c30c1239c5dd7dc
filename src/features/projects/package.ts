/**
 * The investment package of a project page, as rows ready to show: the breakdown and financing
 * with their shares and total, the preparatory work in the order approvals are obtained, each with
 * its status in words.
 */
import { optionLabel } from '../../lib/labels.ts';
import { formatInvestment, formatNumber } from '../../lib/money.ts';
import { pick, pickedLang } from '../../lib/translation.ts';
import { PREPARATION_STATUSES, PREPARATION_STEPS, projects, type ProjectData } from '../../schema/collections.ts';
import type { Bilingual, Locale, LocalizedText } from '../../schema/fields.ts';
import { sumOf } from '../../schema/project-rules.ts';

export interface AmountRow {
	label: string;
	/** The label's `lang` where it falls back to Chinese. */
	lang?: string | undefined;
	amount: string;
	/** Share of the total, e.g. “42.9%”. */
	share: string;
}
export interface AmountTable {
	/** The list's label in the schema: the table's caption and its section's heading. */
	caption: string;
	/** The column headings from the schema: the item's (名称, 来源 …) and the amount's. */
	labelHeading: string;
	amountHeading: string;
	rows: AmountRow[];
	total: string;
}

/** A list field of the schema whose items have an amount: breakdown, financing. */
type AmountList = { label: Bilingual; of: { fields: { amount: { label: Bilingual } } & Record<string, { label: Bilingual }> } };

const percent = (part: number, whole: number, locale: Locale) => (whole > 0 ? `${formatNumber((part / whole) * 100, locale, 1)}%` : '');

/** Items with amounts in 万元 as table rows; the total is what the content rule checked against the investment. */
function amountTable<K extends string>(
	list: AmountList,
	labelField: K,
	items: readonly (Record<K, LocalizedText> & { amount: number })[],
	locale: Locale
): AmountTable | undefined {
	if (items.length === 0) return undefined;
	const total = sumOf(items);
	return {
		caption: list.label[locale],
		labelHeading: list.of.fields[labelField]!.label[locale],
		amountHeading: list.of.fields.amount.label[locale],
		rows: items.map((i) => ({
			label: pick(i[labelField], locale),
			lang: pickedLang(i[labelField], locale),
			amount: formatInvestment(i.amount, locale),
			share: percent(i.amount, total, locale),
		})),
		total: formatInvestment(total, locale),
	};
}

const f = projects.fields;
export const breakdownTable = (p: Pick<ProjectData, 'breakdown'>, locale: Locale) => amountTable(f.breakdown, 'item', p.breakdown, locale);
export const financingTable = (p: Pick<ProjectData, 'financing'>, locale: Locale) =>
	amountTable(f.financing, 'source', p.financing, locale);

export interface PreparationRow {
	step: string;
	/** The status's value, for styling: done, in-progress, not-started. */
	status: string;
	/** The status in words: the page never tells it by colour alone. */
	statusLabel: string;
	date?: string | undefined;
}

export interface PreparationTable {
	/** The list's label in the schema: the table's caption and its section's heading. */
	caption: string;
	/** The column headings from the schema: the step's, the status's and the date's. */
	headings: string[];
	rows: PreparationRow[];
	/** How many approvals are done, for the section's one-line summary. */
	done: number;
}

const stepOrder = new Map<string, number>(PREPARATION_STEPS.map((s, i) => [s.value, i]));

/** The preparatory work in the order the approvals are usually obtained. */
export function preparationTable(p: Pick<ProjectData, 'preparation'>, locale: Locale): PreparationTable | undefined {
	if (p.preparation.length === 0) return undefined;
	const columns = f.preparation.of.fields;
	return {
		caption: f.preparation.label[locale],
		headings: [columns.step.label[locale], columns.status.label[locale], columns.date.label[locale]],
		rows: [...p.preparation]
			.sort((a, b) => (stepOrder.get(a.step) ?? 0) - (stepOrder.get(b.step) ?? 0))
			.map((s) => ({
				step: optionLabel(PREPARATION_STEPS, s.step, locale),
				status: s.status,
				statusLabel: optionLabel(PREPARATION_STATUSES, s.status, locale),
				date: s.date,
			})),
		done: p.preparation.filter((s) => s.status === 'done').length,
	};
}
