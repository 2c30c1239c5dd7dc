/**
 * What the news list filters by — its sub-column (通知公告, 工作动态, 州市动态), prefecture and year —
 * as each item's page gives it to the search index and as the list's filter offers it.
 */
import type { Catalogue, NewsItem } from '../../catalogue/catalogue.ts';
import { translator, type UIKey } from '../../i18n/translate.ts';
import { optionLabel } from '../../lib/labels.ts';
import { pick, pickedLang } from '../../lib/translation.ts';
import { NEWS_COLUMNS } from '../../schema/collections.ts';
import { collectFacet } from '../filters/facet-options.ts';
import type { FilterFacet } from '../filters/filter-query.ts';
import { yearOf } from '../policies/policy-facets.ts';

export const NEWS_FACETS = ['newsColumn', 'prefecture', 'year'] as const;
export type NewsFacet = (typeof NEWS_FACETS)[number];

/** A news item's values of each facet, in the page's language. */
export function newsFacetValues(n: NewsItem, c: Catalogue): Record<NewsFacet, string[]> {
	return {
		newsColumn: [optionLabel(NEWS_COLUMNS, n.data.column, c.locale)],
		prefecture: n.data.prefecture ? [pick(c.prefecture(n.data.prefecture).name, c.locale)] : [],
		year: [yearOf(n.data.published)],
	};
}

/** The news list's facets, offering only values some item has: columns as declared, prefectures as listed, years newest first. */
export function newsFacets(c: Catalogue): FilterFacet[] {
	const t = translator(c.locale);
	const label = (name: NewsFacet) => t(`search.facet.${name}` as UIKey);
	const values = c.news.map((n) => newsFacetValues(n, c));
	const plain = (name: NewsFacet) => values.map((v) => v[name].map((value) => ({ value })));
	const prefectures = c.prefectures.map((p) => ({ value: pick(p.name, c.locale), lang: pickedLang(p.name, c.locale) }));
	const used = new Set(values.flatMap((v) => v.prefecture));
	return [
		collectFacet('newsColumn', label('newsColumn'), plain('newsColumn'), { known: NEWS_COLUMNS.map((o) => o.label[c.locale]) }),
		collectFacet('prefecture', label('prefecture'), [prefectures.filter((p) => used.has(p.value))]),
		collectFacet('year', label('year'), plain('year'), { order: (a, b) => b.localeCompare(a) }),
	];
}
