/** The fact lists of a success story's page: who invested where, and what came of it. */
import type { Fact } from '../../components/Facts.astro';
import type { Case } from '../../catalogue/catalogue.ts';
import { fieldLabels } from '../../lib/labels.ts';
import { measure } from '../../lib/measure.ts';
import { pick, pickedLang } from '../../lib/translation.ts';
import { parkFact, placeFacts } from '../taxonomy/place-facts.ts';
import { cases } from '../../schema/collections.ts';

const f = cases.fields;

export function caseFacts(entry: Case, page: App.Locals): Fact[] {
	const { locale } = page;
	const d = entry.data;
	const label = fieldLabels(cases, locale);
	return [
		{ label: label('investor'), value: pick(d.investor, locale), lang: pickedLang(d.investor, locale) },
		{ label: label('year'), value: d.year },
		{ label: label('investment'), value: measure(d.investment, f.investment.unit, locale) },
		...placeFacts(entry, label, page),
		parkFact(entry, label('park'), page),
	];
}

/** Jobs, output and a note on the outcome; none where the editor gave nothing. */
export function caseResults(entry: Case, { locale }: Pick<App.Locals, 'locale'>): Fact[] {
	const of = f.outcome.fields;
	const outcome = entry.data.outcome ?? {};
	return [
		{ label: of.jobs.label[locale], value: measure(outcome.jobs, of.jobs.unit, locale) },
		{ label: of.annualOutput.label[locale], value: measure(outcome.annualOutput, of.annualOutput.unit, locale) },
		{ label: of.note.label[locale], value: pick(outcome.note, locale), lang: pickedLang(outcome.note, locale) },
	].filter((r) => r.value);
}
