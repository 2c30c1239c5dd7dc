/** The fact lists of a project page: its key facts, and what it returns where the editor gave figures. */
import type { Fact } from '../../components/Facts.astro';
import type { Project } from '../../catalogue/catalogue.ts';
import { joinList } from '../../i18n/translate.ts';
import { optionLabel } from '../../lib/labels.ts';
import { measure } from '../../lib/measure.ts';
import { formatInvestment, formatNumber } from '../../lib/money.ts';
import { routes } from '../../lib/routes.ts';
import { langOf, pick, pickedLang } from '../../lib/translation.ts';
import { COOPERATION_MODES, PROJECT_STAGES, projects } from '../../schema/collections.ts';

type Page = Pick<App.Locals, 'locale' | 'href' | 'catalogue'>;
const f = projects.fields;

export function projectFacts(entry: Project, { locale, href, catalogue: c }: Page): Fact[] {
	const p = entry.data;
	const label = (name: keyof typeof f) => f[name].label[locale];
	const industry = c.industry(p.industry);
	const prefecture = c.prefecture(p.prefecture);
	const park = p.park ? c.park(p.park) : undefined;
	return [
		{ label: label('code'), value: p.code },
		{
			label: label('industry'),
			value: pick(industry.name, locale),
			lang: pickedLang(industry.name, locale),
			href: href(routes.industry(p.industry)),
		},
		{ label: label('prefecture'), value: pick(prefecture.name, locale), lang: pickedLang(prefecture.name, locale) },
		{ label: label('county'), value: p.county, lang: langOf(entry, 'county') },
		{ label: label('park'), value: park?.data.title, lang: park && langOf(park, 'title'), href: park && href(routes.park(park.id)) },
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
export function returnFacts(entry: Project, { locale }: Pick<Page, 'locale'>): Fact[] {
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
