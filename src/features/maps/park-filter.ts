/** The park map's filters: one value per facet, kept in the URL so a filtered map can be shared. */
export const PARK_FACETS = ['industry', 'level', 'prefecture'] as const;
export type ParkFacet = (typeof PARK_FACETS)[number];
export type ParkFilter = Partial<Record<ParkFacet, string>>;

/** What a park offers to the filters. */
export interface Filterable {
	industries: readonly string[];
	level: string;
	prefecture: string;
}

export function matchesFilter(park: Filterable, filter: ParkFilter): boolean {
	return (
		(!filter.industry || park.industries.includes(filter.industry)) &&
		(!filter.level || park.level === filter.level) &&
		(!filter.prefecture || park.prefecture === filter.prefecture)
	);
}

/** The filter in a query string; unknown keys and empty values are ignored. */
export function readFilter(search: string): ParkFilter {
	const params = new URLSearchParams(search);
	return Object.fromEntries(PARK_FACETS.flatMap((f) => (params.get(f) ? [[f, params.get(f)!]] : [])));
}

/** The query string for a filter: empty when nothing is chosen, so the plain URL stays canonical. */
export function writeFilter(filter: ParkFilter): string {
	const params = new URLSearchParams(PARK_FACETS.flatMap((f) => (filter[f] ? [[f, filter[f]]] : [])));
	return params.size ? `?${params}` : '';
}
