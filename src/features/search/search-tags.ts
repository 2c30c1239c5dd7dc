/**
 * What each content page tells the search index: its type, facet values, sort keys and the key
 * facts shown on its result card. Values are the labels of the page's language, so the index of
 * each language speaks that language.
 */
import { translator, type UIKey } from '../../i18n/translate.ts';
import { newsFacetValues, type NewsFacet } from '../news/news-facets.ts';
import { newsItemData } from '../news/news-item.ts';
import { policyFacetValues, type PolicyFacet } from '../policies/policy-facets.ts';
import { policyItemData } from '../policies/policy-item.ts';
import { policyStatusLabels } from '../policies/status-labels.ts';
import { optionLabel } from '../../lib/labels.ts';
import { INVESTMENT_BANDS, investmentBand } from '../../lib/money.ts';
import { measure } from '../../lib/measure.ts';
import { pick } from '../../lib/translation.ts';
import { ENQUIRY_TOPICS, PARK_LEVELS, POLICY_LEVELS, PROJECT_STAGES, entryCollections } from '../../schema/collections.ts';
import type { Case, Catalogue, Enquiry, Interpretation, NewsItem, Park, Policy, Project } from '../../catalogue/catalogue.ts';
import { excerpt } from '../interaction/enquiries.ts';
import { caseItemData } from '../cases/case-item.ts';
import type { FilterFacet } from '../filters/filter-query.ts';
import { keywords, pinyinForms } from './keywords.ts';
import { projectFacetValues, type ProjectFacet } from '../projects/project-facets.ts';

/** Facet keys, in the order the search page shows them. */
const FACETS = ['type', 'industry', 'prefecture', 'band', 'stage', 'parkLevel', 'policyLevel', 'status'] as const;
export type SearchFacet = (typeof FACETS)[number];
/** Facets only a list filters by (the policy list's, the news list's), which the search page leaves out. */
export type Facet = SearchFacet | PolicyFacet | NewsFacet | ProjectFacet;

export interface SearchTags {
	filters: Partial<Record<Facet, string[]>>;
	sort: { published?: string; investment?: number };
	/** Short facts for the result card, in display order; a project's card has its own data (card-data.ts). */
	facts: string[];
	type: string;
	/** The result card's title, as written (the indexed heading is cut into words). */
	title: string;
	/** Shown when a result has no excerpt from the page's own text. */
	summary: string;
	/** What a list draws for the page when it filters (the policy list, the news list), as JSON. */
	item?: object;
	/** Indexed, never shown: the aliases of what the page is about and the pinyin of its name (keywords.ts). */
	keywords: string[];
}

/**
 * Pages other than entries that answer a reader's question, each with its value of the type facet
 * (the name of its column). A page joins the index with BaseLayout's `search` prop and pageTags().
 */
const PAGE_TYPES = {
	industry: 'nav.industries',
	prefecture: 'nav.prefectures',
	expo: 'nav.expo',
	about: 'nav.about',
	interaction: 'nav.interaction',
	open: 'nav.open',
	statement: 'nav.statement',
	why: 'why.title',
	guide: 'guide.title',
} as const satisfies Record<string, UIKey>;
export type PageType = keyof typeof PAGE_TYPES;

/** A collection's type as the search index holds it. */
export const typeLabel = (name: keyof typeof entryCollections, c: Catalogue) => entryCollections[name].labelSingular[c.locale];
/** Pinyin of a title, on Chinese pages only: English pages have English titles. */
const pinyinOf = (title: string, c: Catalogue) => (c.locale === 'zh-CN' ? pinyinForms(title) : []);
/** The aliases of an entry's prefectures and industries: parks in 文山州 are found by 文山州. */
const termAliases = (c: Catalogue, prefectures: (string | undefined)[], industries: string[]) => [
	...prefectures.flatMap((id) => (id ? c.prefecture(id).aliases : [])),
	...industries.flatMap((id) => c.industry(id).aliases),
];

const bandLabel = (wan: number, c: Catalogue) => translator(c.locale)(`search.band.${investmentBand(wan)}` as UIKey);

/** An entry's tags: its title, its summary unless given, and its collection as its type and first facet. */
function entryTags(
	collection: Parameters<typeof typeLabel>[0],
	d: { title: string; summary?: string },
	c: Catalogue,
	{
		filters,
		summary = d.summary ?? '',
		...rest
	}: Omit<SearchTags, 'title' | 'type' | 'filters' | 'summary'> & {
		filters?: SearchTags['filters'];
		summary?: string;
	}
): SearchTags {
	const type = typeLabel(collection, c);
	return { title: d.title, summary, type, filters: { type: [type], ...filters }, ...rest };
}

export function projectTags(p: Project, c: Catalogue): SearchTags {
	const d = p.data;
	const industry = pick(c.industry(d.industry).name, c.locale);
	const prefecture = pick(c.prefecture(d.prefecture).name, c.locale);
	const stage = optionLabel(PROJECT_STAGES, d.stage, c.locale);
	return entryTags('projects', d, c, {
		filters: {
			industry: [industry],
			prefecture: [prefecture],
			band: [bandLabel(d.investment, c)],
			stage: [stage],
			...projectFacetValues(p, c),
		},
		sort: { published: d.published, investment: d.investment },
		facts: [],
		keywords: keywords(pinyinOf(d.title, c), termAliases(c, [d.prefecture], [d.industry])),
	});
}

export function parkTags(p: Park, c: Catalogue): SearchTags {
	const d = p.data;
	const prefecture = pick(c.prefecture(d.prefecture).name, c.locale);
	const level = optionLabel(PARK_LEVELS, d.level, c.locale);
	return entryTags('parks', d, c, {
		filters: {
			industry: d.industries.map((i) => pick(c.industry(i).name, c.locale)),
			prefecture: [prefecture],
			parkLevel: [level],
		},
		sort: { published: d.published },
		facts: [level, prefecture],
		keywords: keywords(
			d.aliases,
			pinyinOf(d.title, c),
			d.aliases.flatMap((a) => pinyinOf(a, c)),
			termAliases(c, [d.prefecture], d.industries)
		),
	});
}

export function policyTags(p: Policy, c: Catalogue): SearchTags {
	const d = p.data;
	const facets = policyFacetValues(p, c);
	return entryTags('policies', d, c, {
		filters: {
			industry: d.industries.map((i) => pick(c.industry(i).name, c.locale)),
			prefecture: d.region ? [pick(c.prefecture(d.region).name, c.locale)] : [],
			...facets,
		},
		sort: { published: d.published },
		facts: [...facets.status, ...facets.policyLevel, ...(d.docNumber ? [d.docNumber] : [])],
		item: policyItemData(p, c),
		// The metadata table is left out of the index, which would open excerpts with its labels.
		keywords: keywords([d.indexNumber, d.issuer], termAliases(c, [d.region], d.industries)),
	});
}

export function interpretationTags(i: Interpretation, c: Catalogue): SearchTags {
	return entryTags('interpretations', i.data, c, {
		sort: { published: i.data.published },
		facts: [i.data.issuer, i.data.published.slice(0, 10)],
		keywords: [],
	});
}

export function newsTags(n: NewsItem, c: Catalogue): SearchTags {
	const d = n.data;
	return entryTags('news', d, c, {
		filters: {
			industry: d.industries.map((i) => pick(c.industry(i).name, c.locale)),
			...newsFacetValues(n, c),
		},
		sort: { published: d.published },
		facts: [d.published.slice(0, 10), ...(d.source ? [d.source] : [])],
		item: newsItemData(n, c),
		keywords: keywords(termAliases(c, [d.prefecture], d.industries)),
	});
}

export function enquiryTags(e: Enquiry, c: Catalogue): SearchTags {
	const d = e.data;
	return entryTags('enquiries', d, c, {
		summary: excerpt(d.question, 120),
		sort: { published: d.answered },
		facts: [optionLabel(ENQUIRY_TOPICS, d.topic, c.locale), d.answered],
		keywords: [],
	});
}

export function caseTags(x: Case, c: Catalogue): SearchTags {
	const d = x.data;
	const amount = measure(d.investment, entryCollections.cases.fields.investment.unit, c.locale);
	return entryTags('cases', d, c, {
		filters: {
			industry: [pick(c.industry(d.industry).name, c.locale)],
			prefecture: [pick(c.prefecture(d.prefecture).name, c.locale)],
		},
		// No investment band or sort: those find projects to invest in, which a success story is not.
		sort: { published: d.published },
		facts: [pick(d.investor, c.locale), String(d.year), ...(amount ? [amount] : [])],
		item: caseItemData(x, c),
		// The investor is found by either of its names, whichever language the reader searches in.
		keywords: keywords([d.investor['zh-CN'], d.investor.en ?? ''], pinyinOf(d.title, c), termAliases(c, [d.prefecture], [d.industry])),
	});
}

/**
 * The tags of a page that is not an entry: its column as type, and what it is found by besides its
 * text. `names` are the names of what the page is about (an industry's, a prefecture's), whose
 * pinyin is indexed; `filters` puts it under a facet value of its own (an industry's page under that industry).
 */
export function pageTags(
	type: PageType,
	c: Catalogue,
	page: { title: string; summary: string; names?: string[]; aliases?: readonly string[]; filters?: SearchTags['filters'] }
): SearchTags {
	const label = translator(c.locale)(PAGE_TYPES[type]);
	return {
		title: page.title,
		summary: page.summary,
		type: label,
		filters: { ...page.filters, type: [label] },
		sort: {},
		facts: [],
		keywords: keywords(
			page.aliases,
			(page.names ?? [page.title]).flatMap((n) => pinyinOf(n, c))
		),
	};
}

/** Every value of every facet, in a fixed order, for the search page's filter controls. */
export function facetValues(c: Catalogue): Record<SearchFacet, string[]> {
	const t = translator(c.locale);
	const labels = <V extends string>(options: readonly { value: V; label: Record<string, string> }[]) =>
		options.map((o) => o.label[c.locale]!);
	return {
		type: [
			...(['projects', 'parks', 'policies', 'interpretations', 'news', 'enquiries', 'cases'] as const).map((n) => typeLabel(n, c)),
			...Object.values(PAGE_TYPES).map((key) => t(key)),
		],
		industry: c.industries.map((i) => pick(i.name, c.locale)),
		prefecture: c.prefectures.map((p) => pick(p.name, c.locale)),
		band: INVESTMENT_BANDS.map((b) => t(`search.band.${b.id}` as UIKey)),
		stage: labels(PROJECT_STAGES),
		parkLevel: labels(PARK_LEVELS),
		policyLevel: labels(POLICY_LEVELS),
		status: Object.values(policyStatusLabels[c.locale]),
	};
}

/** Facets as a filter form shows them, named in the page's language; their values are the labels the index holds. */
export function searchFacets(c: Catalogue, names: readonly SearchFacet[] = FACETS): FilterFacet[] {
	const t = translator(c.locale);
	const values = facetValues(c);
	return names.map((name) => ({
		name,
		label: t(`search.facet.${name}` as UIKey),
		options: values[name].map((value) => ({ value, label: value })),
	}));
}
