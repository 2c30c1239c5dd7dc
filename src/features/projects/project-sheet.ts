/**
 * A project's key facts as lines of text, in the page's language: what the compare table shows in
 * a project's column and the shortlist under each card. They reach the browser in the project's
 * data file (/data/projects/<id>.json) next to its card, so neither page needs the search index.
 */
import type { Catalogue, Project } from '../../catalogue/catalogue.ts';
import { translator, joinList } from '../../i18n/translate.ts';
import { optionLabel } from '../../lib/labels.ts';
import { measure } from '../../lib/measure.ts';
import { formatInvestment } from '../../lib/money.ts';
import { formatPhone, phoneHref } from '../../lib/phone.ts';
import { routes } from '../../lib/routes.ts';
import { langOf, pick, pickedLang } from '../../lib/translation.ts';
import { localizePath } from '../../i18n/routing.ts';
import { COOPERATION_MODES, PROJECT_STAGES, projects } from '../../schema/collections.ts';
import type { Bilingual, Locale } from '../../schema/fields.ts';
import type { ProjectCardData } from './card-data.ts';

/** The facts, in the order the compare table lists them. */
export const SHEET_ROWS = ['amount', 'industry', 'place', 'park', 'stage', 'cooperation', 'returns', 'land', 'contact'] as const;
export type SheetRow = (typeof SHEET_ROWS)[number];

/** One line of a fact: its text, its `lang` where that is not the page's, and where it links. */
export interface SheetLine {
	text: string;
	lang?: string | undefined;
	href?: string | undefined;
}

/** A fact's lines by row; a fact the project does not give has none. */
export type ProjectSheet = Record<SheetRow, SheetLine[]>;

/** A project's data file: its card and its facts in each language. */
export type ProjectFile = Record<Locale, ProjectCardData & { sheet: ProjectSheet }>;

const f = projects.fields;
const rf = f.returns.fields;

/** The rows' names, as the project page names these facts. */
export function sheetLabels(locale: Locale): Record<SheetRow, string> {
	const t = translator(locale);
	return {
		amount: f.investment.label[locale],
		industry: f.industry.label[locale],
		place: t('compare.place'),
		park: f.park.label[locale],
		stage: f.stage.label[locale],
		cooperation: f.cooperation.label[locale],
		returns: t('projects.returns'),
		land: f.landArea.label[locale],
		contact: f.contact.label[locale],
	};
}

/** The facts of `project` as lines, in the catalogue's language. */
export function projectSheet(project: Project, c: Catalogue): ProjectSheet {
	const p = project.data;
	const { locale } = c;
	const t = translator(locale);
	const line = (text: string | undefined, lang?: string, href?: string): SheetLine[] => (text ? [{ text, lang, href }] : []);
	const labelled = (label: Bilingual, value: string | undefined) => line(value && `${t.label(label)}${value}`);
	const unit = (n: number | undefined, u: Bilingual | undefined) => measure(n, u, locale);
	const money = (n: number | undefined) => (n === undefined ? undefined : formatInvestment(n, locale));
	const industry = c.industry(p.industry).name;
	const prefecture = c.prefecture(p.prefecture).name;
	const park = p.park ? c.park(p.park) : undefined;
	const r = p.returns ?? {};
	const contact = p.contact;
	return {
		amount: line(formatInvestment(p.investment, locale)),
		industry: line(pick(industry, locale), pickedLang(industry, locale)),
		place: [...line(pick(prefecture, locale), pickedLang(prefecture, locale)), ...line(p.county, langOf(project, 'county'))],
		park: park ? line(park.data.title, langOf(park, 'title'), localizePath(routes.park(park.id), locale)) : [],
		stage: line(optionLabel(PROJECT_STAGES, p.stage, locale)),
		cooperation: line(
			joinList(
				p.cooperation.map((m) => optionLabel(COOPERATION_MODES, m, locale)),
				locale
			)
		),
		returns: [
			...labelled(rf.annualOutput.label, money(r.annualOutput)),
			...labelled(rf.annualTax.label, money(r.annualTax)),
			...labelled(rf.jobs.label, unit(r.jobs, rf.jobs.unit)),
			...labelled(rf.paybackYears.label, unit(r.paybackYears, rf.paybackYears.unit)),
		],
		land: line(unit(p.landArea, f.landArea.unit)),
		contact: [
			...line(pick(contact.office, locale), pickedLang(contact.office, locale)),
			...line(pick(contact.person, locale), pickedLang(contact.person, locale)),
			...(contact.phone ? line(formatPhone(contact.phone, locale), undefined, phoneHref(contact.phone)) : []),
			...line(contact.email, undefined, contact.email && `mailto:${contact.email}`),
		],
	};
}
