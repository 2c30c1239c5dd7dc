/** The park map's filters: one value per facet (a select each), kept in the URL by the filter form (filter-query.ts). */
import type { FilterValues } from '../filters/filter-query.ts';

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

/** The park filter among a filter form's values. */
export const parkFilter = (values: FilterValues): ParkFilter =>
	Object.fromEntries(PARK_FACETS.flatMap((f) => (values[f]?.[0] ? [[f, values[f][0]]] : [])));
