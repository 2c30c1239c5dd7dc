/**
 * What the project list filters by besides the search page's facets — cooperation mode and park —
 * as each project's page gives it to the search index (search-tags.ts) and as the list's filter
 * offers it: the labels of the page's language, so a chosen option is the value the index holds.
 */
import type { Catalogue, Project } from '../../catalogue/catalogue.ts';
import { translator, type UIKey } from '../../i18n/translate.ts';
import { optionLabel } from '../../lib/labels.ts';
import { langOf } from '../../lib/translation.ts';
import { COOPERATION_MODES } from '../../schema/collections.ts';
import { collectFacet } from '../filters/facet-options.ts';
import type { FacetOption, FilterFacet } from '../filters/filter-query.ts';

export const PROJECT_FACETS = ['cooperation', 'park'] as const;
export type ProjectFacet = (typeof PROJECT_FACETS)[number];

/** A project's values of each facet, in the page's language; a project outside any park has none. */
export function projectFacetValues(p: Project, c: Catalogue): Record<ProjectFacet, string[]> {
	const park = p.data.park ? c.park(p.data.park) : undefined;
	return {
		cooperation: p.data.cooperation.map((m) => optionLabel(COOPERATION_MODES, m, c.locale)),
		park: park ? [park.data.title] : [],
	};
}

/** The list's extra facets, offering only values some project has: modes as declared, parks in the catalogue's order. */
export function projectFacets(c: Catalogue): FilterFacet[] {
	const t = translator(c.locale);
	const label = (name: ProjectFacet) => t(`search.facet.${name}` as UIKey);
	const modes = c.projects.map((p) => projectFacetValues(p, c).cooperation.map((value) => ({ value })));
	const used = new Set(c.projects.map((p) => p.data.park));
	const parks = c.parks.filter((park) => used.has(park.id)).map((park) => ({ value: park.data.title, lang: langOf(park, 'title') }));
	return [
		collectFacet('cooperation', label('cooperation'), modes, { known: COOPERATION_MODES.map((o) => o.label[c.locale]) }),
		collectFacet('park', label('park'), [parks]),
	];
}

/** The orders the project list offers besides newest first: each value is a sort key of the index (search-tags.ts). */
export const projectSorts = (c: Catalogue): FacetOption[] => [
	{ value: 'investment', label: translator(c.locale)('search.sort.investment') },
];
