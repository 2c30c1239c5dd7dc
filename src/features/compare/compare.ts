/**
 * Which projects the compare page (/compare/?ids=a,b) sets side by side: two to four, from its
 * link, in the link's order and in any case (codes are printed in capitals).
 */
import { parseIds } from '../shortlist/shortlist.ts';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

/** The ids a compare link names: at most four, and whether it named more. */
export function comparedIds(search: string): { ids: string[]; more: boolean } {
	const ids = parseIds(new URLSearchParams(search).get('ids'));
	return { ids: ids.slice(0, MAX_COMPARED), more: ids.length > MAX_COMPARED };
}

/** The compare page's link for these ids (the first four); undefined when there are too few to compare. */
export function compareLink(path: string, ids: readonly string[]): string | undefined {
	if (ids.length < MIN_COMPARED) return undefined;
	return `${path}?${new URLSearchParams({ ids: ids.slice(0, MAX_COMPARED).join(',') }).toString()}`;
}
