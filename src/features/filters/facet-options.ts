/**
 * The options of a list's filter facet, collected from the entries themselves: each value once,
 * only values some entry has (a filter never offers what cannot be found), in a reader's order.
 */
import type { FacetOption, FilterFacet } from './filter-query.ts';

/** One entry's values of a facet: what the search index holds, with the `lang` of each where it is not the page's. */
export type FacetValues = readonly { value: string; lang?: string | undefined }[];

/**
 * The facet `name` over `entries`. Without `order`, values keep `known`'s order (an enumeration's);
 * values `known` does not list follow in the order `order` gives, or as first met.
 */
export function collectFacet(
	name: string,
	label: string,
	entries: readonly FacetValues[],
	options: { known?: readonly string[]; order?: (a: string, b: string) => number } = {}
): FilterFacet {
	const found = new Map<string, FacetOption>();
	for (const values of entries)
		for (const v of values) if (!found.has(v.value)) found.set(v.value, { value: v.value, label: v.value, lang: v.lang });
	const known = options.known ?? [];
	const rank = (v: string) => (known.includes(v) ? known.indexOf(v) : known.length);
	const sorted = [...found.values()].sort((a, b) => rank(a.value) - rank(b.value) || (options.order?.(a.value, b.value) ?? 0));
	return { name, label, options: sorted };
}
