/**
 * The search page's state — query, facet selections and sort — and its URL form, so a search can
 * be shared and the back button returns to the previous one.
 */

export type SortKey = '' | 'published' | 'investment';
export interface SearchState {
	q: string;
	/** Selected values per facet; values of one facet are alternatives, facets combine. */
	filters: Record<string, string[]>;
	sort: SortKey;
}

const SORTS: SortKey[] = ['', 'published', 'investment'];

export function parseState(query: string, facets: readonly string[]): SearchState {
	const params = new URLSearchParams(query);
	const filters: Record<string, string[]> = {};
	for (const facet of facets) {
		const values = params.getAll(facet).filter(Boolean);
		if (values.length) filters[facet] = [...new Set(values)];
	}
	const sort = params.get('sort') ?? '';
	return { q: params.get('q') ?? '', filters, sort: SORTS.includes(sort as SortKey) ? (sort as SortKey) : '' };
}

export function serializeState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.q.trim()) params.set('q', state.q.trim());
	for (const [facet, values] of Object.entries(state.filters)) for (const v of values) params.append(facet, v);
	if (state.sort) params.set('sort', state.sort);
	const text = params.toString();
	return text ? `?${text}` : '';
}

export const hasFilters = (state: SearchState) => Object.values(state.filters).some((v) => v.length > 0);

/** True when the state asks for something: a query or a filter. */
export const asksSearch = (state: SearchState) => Boolean(state.q.trim()) || hasFilters(state);

/** Pagefind's filter syntax: any of the values within a facet, all facets together. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
	return Object.fromEntries(
		Object.entries(state.filters)
			.filter(([, v]) => v.length > 0)
			.map(([facet, values]) => [facet, { any: values }])
	);
}

/** Keeps only `<mark>` from an excerpt; Pagefind escapes the text, this makes sure of it. */
export function safeExcerpt(html: string): string {
	return html
		.split(/(<\/?mark>)/)
		.map((part) => (/^<\/?mark>$/.test(part) ? part : part.replace(/<[^<>]*>/g, '').replace(/</g, '&lt;').replace(/>/g, '&gt;')))
		.join('');
}

// Han, and the punctuation Chinese text sets without spaces: quotation marks, dashes, ellipses,
// CJK symbols and fullwidth forms.
const CJK = '\\p{Script=Han}\\u2014\\u2018\\u2019\\u201c\\u201d\\u2026\\u3000-\\u303f\\uff00-\\uffef';
const BETWEEN_CJK = new RegExp(`([${CJK}][\\u0001\\u0002]*)\\s+(?=[\\u0001\\u0002]*[${CJK}])`, 'gu');
// Pagefind ends a block that ends in a word with “. ”, so excerpts read as sentences.
const STOP_BETWEEN_CJK = new RegExp(`([${CJK}][\\u0001\\u0002]*)\\.\\s+(?=[\\u0001\\u0002]*[${CJK}])`, 'gu');

/**
 * Removes the spaces the index puts between Chinese words (see search-segmentation.ts), and gives
 * Chinese blocks a Chinese full stop.
 */
export function joinCjk(text: string): string {
	return text
		.replace(/<mark>/g, '\u0001')
		.replace(/<\/mark>/g, '\u0002')
		.replace(STOP_BETWEEN_CJK, '$1。')
		.replace(BETWEEN_CJK, '$1')
		.replace(/\u0001/g, '<mark>')
		.replace(/\u0002/g, '</mark>');
}
