/**
 * The search page's request — query, facet selections and sort — as its filter form holds it (the
 * query and the sort are fields of that form like the facets), and what Pagefind makes of it.
 */
import type { FilterValues } from '../filters/filter-query.ts';

export type SortKey = '' | 'published' | 'investment';
export interface SearchState {
	q: string;
	/** Selected values per facet; values of one facet are alternatives, facets combine. */
	filters: FilterValues;
	sort: SortKey;
}

/** The request in the search form's values; every field but the query and the sort is a facet. */
export function searchState({ q = [], sort = [], ...filters }: FilterValues): SearchState {
	return { q: q[0] ?? '', filters, sort: (sort[0] ?? '') as SortKey };
}

export const hasFilters = (state: SearchState) => Object.values(state.filters).some((v) => v.length > 0);

/** True when the state asks for something: a query or a filter. */
export const asksSearch = (state: SearchState) => Boolean(state.q.trim()) || hasFilters(state);

/** Each facet's values, by their label in this language, as labelled in the other. */
export type FacetTranslations = Record<string, Record<string, string>>;

/**
 * The query string of the same search on the other language's search page: the query and the sort
 * as they are, the facet values in that language's labels (the index of each language holds its own).
 */
export function otherLanguageSearch(state: SearchState, translations: FacetTranslations): string {
	const params = new URLSearchParams();
	if (state.q) params.set('q', state.q);
	for (const [facet, values] of Object.entries(state.filters))
		for (const value of values) {
			const other = translations[facet]?.[value];
			if (other) params.append(facet, other);
		}
	if (state.sort) params.set('sort', state.sort);
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** Pagefind's filter syntax: any of the values within a facet, all facets together. */
export function pagefindFilters(filters: FilterValues): Record<string, { any: string[] }> {
	return Object.fromEntries(
		Object.entries(filters)
			.filter(([, v]) => v.length > 0)
			.map(([facet, values]) => [facet, { any: values }])
	);
}

/** Keeps only `<mark>` from an excerpt; Pagefind escapes the text, this makes sure of it. */
export function safeExcerpt(html: string): string {
	return html
		.split(/(<\/?mark>)/)
		.map((part) =>
			/^<\/?mark>$/.test(part)
				? part
				: part
						.replace(/<[^<>]*>/g, '')
						.replace(/</g, '&lt;')
						.replace(/>/g, '&gt;')
		)
		.join('');
}

// Han, and the punctuation Chinese text sets without spaces: quotation marks, dashes, ellipses,
// CJK symbols and fullwidth forms.
const CJK = '\\p{Script=Han}\\u2014\\u2018\\u2019\\u201c\\u201d\\u2026\\u3000-\\u303f\\uff00-\\uffef';
const BETWEEN_CJK = new RegExp(`([${CJK}][\\ue000\\ue001]*)\\s+(?=[\\ue000\\ue001]*[${CJK}])`, 'gu');
// Pagefind ends a block that ends in a word with “. ”, so excerpts read as sentences.
const STOP_BETWEEN_CJK = new RegExp(`([${CJK}][\\ue000\\ue001]*)\\.\\s+(?=[\\ue000\\ue001]*[${CJK}])`, 'gu');

/**
 * Removes the spaces the index puts between Chinese words (see search-segmentation.ts), and gives
 * Chinese blocks a Chinese full stop.
 */
export function joinCjk(text: string): string {
	return text
		.replace(/<mark>/g, '\ue000')
		.replace(/<\/mark>/g, '\ue001')
		.replace(STOP_BETWEEN_CJK, '$1。')
		.replace(BETWEEN_CJK, '$1')
		.replace(/\ue000/g, '<mark>')
		.replace(/\ue001/g, '</mark>');
}

// Where a sentence or a clause ends, in Chinese or in English.
const BOUNDARY = /(?:[。！？；!?;]|\.(?=\s))\s*/gu;
const SENTENCE_END = /[。！？.!?]$/u;
const withoutMarks = (html: string) => html.replace(/<\/?mark>/g, '');
const squeeze = (text: string) => text.replace(/\s+/g, '');

/**
 * Lets an excerpt begin where a sentence begins: Pagefind takes a window of words around the match,
 * which starts wherever the window does. The text before the last sentence end ahead of the first
 * match is dropped; without one, an excerpt that does not begin the page's text (`content`, as the
 * index holds it) starts with “…”, as one that stops mid-sentence ends with it.
 */
export function tidyExcerpt(html: string, content = ''): string {
	const firstMark = html.indexOf('<mark>');
	const lead = firstMark < 0 ? '' : html.slice(0, firstMark);
	const cut = [...lead.matchAll(BOUNDARY)].at(-1);
	let tidy = html.trim();
	if (cut) tidy = html.slice(cut.index + cut[0].length).trimStart();
	else if (!squeeze(content).startsWith(squeeze(withoutMarks(tidy)))) tidy = `…${tidy}`;
	const plain = withoutMarks(tidy);
	if (!SENTENCE_END.test(plain) && !squeeze(content).endsWith(squeeze(plain))) tidy = `${tidy}…`;
	return tidy;
}
