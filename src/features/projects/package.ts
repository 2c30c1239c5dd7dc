/**
 * The investment package of a project page, as rows ready to show: the breakdown and financing
 * with their shares and total, the preparatory work in the order approvals are obtained, each with
 * its status in words.
 */
import { optionLabel } from '../../lib/labels.ts';
import { formatInvestment, formatNumber } from '../../lib/money.ts';
import { pick, pickedLang } from '../../lib/translation.ts';
import { PREPARATION_STATUSES, PREPARATION_STEPS, type ProjectData } from '../../schema/collections.ts';
import type { Locale, LocalizedText } from '../../schema/fields.ts';
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
	rows: AmountRow[];
	total: string;
}

const percent = (part: number, whole: number, locale: Locale) => (whole > 0 ? `${formatNumber((part / whole) * 100, locale, 1)}%` : '');

/** Items with amounts in 万元 as table rows; the total is what the content rule checked against the investment. */
export function amountTable(items: readonly { label: LocalizedText; amount: number }[], locale: Locale): AmountTable | undefined {
	if (items.length === 0) return undefined;
	const total = sumOf(items);
	return {
		rows: items.map((i) => ({
			label: pick(i.label, locale),
			lang: pickedLang(i.label, locale),
			amount: formatInvestment(i.amount, locale),
			share: percent(i.amount, total, locale),
		})),
		total: formatInvestment(total, locale),
	};
}

export const breakdownTable = (p: Pick<ProjectData, 'breakdown'>, locale: Locale) =>
	amountTable(
		p.breakdown.map((b) => ({ label: b.item, amount: b.amount })),
		locale
	);
export const financingTable = (p: Pick<ProjectData, 'financing'>, locale: Locale) =>
	amountTable(
		p.financing.map((b) => ({ label: b.source, amount: b.amount })),
		locale
	);

export interface PreparationRow {
	step: string;
	/** The status's value, for styling: done, in-progress, not-started. */
	status: string;
	/** The status in words: the page never tells it by colour alone. */
	statusLabel: string;
	date?: string | undefined;
}

const stepOrder = new Map<string, number>(PREPARATION_STEPS.map((s, i) => [s.value, i]));

/** The preparatory work in the order the approvals are usually obtained. */
export function preparationRows(p: Pick<ProjectData, 'preparation'>, locale: Locale): PreparationRow[] {
	return [...p.preparation]
		.sort((a, b) => (stepOrder.get(a.step) ?? 0) - (stepOrder.get(b.step) ?? 0))
		.map((s) => ({
			step: optionLabel(PREPARATION_STEPS, s.step, locale),
			status: s.status,
			statusLabel: optionLabel(PREPARATION_STATUSES, s.status, locale),
			date: s.date,
		}));
}

/** How many approvals are done, for the section's one-line summary. */
export const preparationDone = (p: Pick<ProjectData, 'preparation'>) => p.preparation.filter((s) => s.status === 'done').length;
