/** The fact lists of a project page: its key facts, and what it returns where the editor gave figures. */
import type { Fact } from '../../components/Facts.astro';
import type { Project } from '../../catalogue/catalogue.ts';
import { joinList } from '../../i18n/translate.ts';
import { fieldLabels, optionLabel } from '../../lib/labels.ts';
import { measure } from '../../lib/measure.ts';
import { formatInvestment, formatNumber } from '../../lib/money.ts';
import { routes } from '../../lib/routes.ts';
import { pick, pickedLang } from '../../lib/translation.ts';
import { parkFact, placeFacts } from '../taxonomy/place-facts.ts';
import { COOPERATION_MODES, PROJECT_STAGES, projects } from '../../schema/collections.ts';

const f = projects.fields;

export function projectFacts(entry: Project, page: App.Locals): Fact[] {
	const { locale, href, catalogue: c } = page;
	const p = entry.data;
	const label = fieldLabels(projects, locale);
	const industry = c.industry(p.industry);
	return [
		{ label: label('code'), value: p.code },
		{
			label: label('industry'),
			value: pick(industry.name, locale),
			lang: pickedLang(industry.name, locale),
			href: href(routes.industry(p.industry)),
		},
		...placeFacts(entry, label, page),
		parkFact(entry, label('park'), page),
		{ label: label('investment'), value: formatInvestment(p.investment, locale) },
		{
			label: label('cooperation'),
			value: joinList(
				p.cooperation.map((m) => optionLabel(COOPERATION_MODES, m, locale)),
				locale
			),
		},
		{ label: label('stage'), value: optionLabel(PROJECT_STAGES, p.stage, locale) },
		{ label: label('landArea'), value: measure(p.landArea, f.landArea.unit, locale) },
		{ label: label('published'), value: p.published },
		{ label: label('updated'), value: p.updated },
		{ label: label('validUntil'), value: p.validUntil },
	];
}

/** Output, tax, jobs, payback and return; none where the editor gave no figure. */
export function returnFacts(entry: Project, { locale }: Pick<App.Locals, 'locale'>): Fact[] {
	const r = entry.data.returns;
	if (!r || Object.values(r).every((v) => v === undefined)) return [];
	const rf = f.returns.fields;
	const withUnit = (name: 'annualOutput' | 'annualTax' | 'jobs' | 'paybackYears') => ({
		label: rf[name].label[locale],
		value: measure(r[name], rf[name].unit, locale),
	});
	return [
		withUnit('annualOutput'),
		withUnit('annualTax'),
		withUnit('jobs'),
		withUnit('paybackYears'),
		{ label: rf.irr.label[locale], value: r.irr === undefined ? undefined : `${formatNumber(r.irr, locale, 1)}%` },
	];
}
