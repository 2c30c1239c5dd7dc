/**
 * What a success story's card shows, in the page's language: CaseCard.astro draws it, and the
 * browser fills a copy of the same card from the same fields when the list is filtered
 * (client/case-card.ts), which reach it in the search index (SearchTags.astro).
 */
import type { Case, Catalogue } from '../../catalogue/catalogue.ts';
import { collectFacet } from '../filters/facet-options.ts';
import type { FilterFacet } from '../filters/filter-query.ts';
import { localizePath } from '../../i18n/routing.ts';
import { translator } from '../../i18n/translate.ts';
import { measure } from '../../lib/measure.ts';
import { routes } from '../../lib/routes.ts';
import { langOf, pick, pickedLang } from '../../lib/translation.ts';
import { cases } from '../../schema/collections.ts';

export interface CaseItemData {
	url: string;
	title: string;
	summary: string;
	industryId: string;
	industry: string;
	prefecture: string;
	year: number;
	investor: string;
	/** The investment in the reader's units, where the story gives it. */
	amount?: string | undefined;
	/** Parts shown in Chinese on a page in another language, for want of a translation: they carry `lang="zh-CN"`. */
	untranslated: ('title' | 'summary' | 'industry' | 'prefecture' | 'investor')[];
}

export function caseItemData(x: Case, c: Catalogue): CaseItemData {
	const d = x.data;
	const industry = c.industry(d.industry).name;
	const prefecture = c.prefecture(d.prefecture).name;
	const chinese = {
		title: langOf(x, 'title'),
		summary: langOf(x, 'summary'),
		industry: pickedLang(industry, c.locale),
		prefecture: pickedLang(prefecture, c.locale),
		investor: pickedLang(d.investor, c.locale),
	};
	return {
		url: localizePath(routes.case(x.id), c.locale),
		title: d.title,
		summary: d.summary,
		industryId: d.industry,
		industry: pick(industry, c.locale),
		prefecture: pick(prefecture, c.locale),
		year: d.year,
		investor: pick(d.investor, c.locale),
		amount: measure(d.investment, cases.fields.investment.unit, c.locale),
		untranslated: (Object.keys(chinese) as CaseItemData['untranslated']).filter((k) => chinese[k]),
	};
}

/** The list's facets, industry and prefecture, offering only values some story has, in the taxonomies' order. */
export function caseFacets(c: Catalogue): FilterFacet[] {
	const t = translator(c.locale);
	const terms = (items: readonly { id: string; name: { 'zh-CN': string; en?: string | undefined } }[], used: Set<string>) =>
		items.filter((i) => used.has(i.id)).map((i) => ({ value: pick(i.name, c.locale), lang: pickedLang(i.name, c.locale) }));
	return [
		collectFacet('industry', t('search.facet.industry'), [terms(c.industries, new Set(c.cases.map((x) => x.data.industry)))]),
		collectFacet('prefecture', t('search.facet.prefecture'), [terms(c.prefectures, new Set(c.cases.map((x) => x.data.prefecture)))]),
	];
}
