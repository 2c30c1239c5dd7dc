/**
 * The one URL policy of the site's filter forms (FilterForm.astro): the chosen values are the page's
 * query string, one parameter per value, as a GET submission of the form would write them, so a
 * filtered page can be shared and reloaded.
 */

/** The chosen values of each field, by the field's name; a field with nothing chosen is left out. */
export type FilterValues = Record<string, string[]>;

/** One value a facet offers: what goes in the URL, and what the reader sees. */
export interface FacetOption {
	value: string;
	label: string;
	/** The label's `lang` where it differs from the page's (see `pickedLang`). */
	lang?: string | undefined;
}

/** A facet as a filter form shows it: a select, or a group of checkboxes. */
export interface FilterFacet {
	name: string;
	label: string;
	options: readonly FacetOption[];
}

/** The values of a query string for the given field names; other parameters, blanks and repeats are dropped. */
export function readQuery(search: string, names: readonly string[]): FilterValues {
	const params = new URLSearchParams(search);
	const values: FilterValues = {};
	for (const name of names) {
		const chosen = [
			...new Set(
				params
					.getAll(name)
					.map((v) => v.trim())
					.filter(Boolean)
			),
		];
		if (chosen.length) values[name] = chosen;
	}
	return values;
}

/** The query string for these values, fields in the order of `names`: empty when nothing is chosen, so the plain URL stays canonical. */
export function writeQuery(values: FilterValues, names: readonly string[]): string {
	const params = new URLSearchParams();
	for (const name of names) for (const value of values[name] ?? []) if (value.trim()) params.append(name, value.trim());
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** The values asked for that the fields did not take (an old or mistyped link), as [field, value] pairs. */
export function unoffered(asked: FilterValues, taken: FilterValues): [name: string, value: string][] {
	return Object.entries(asked).flatMap(([name, values]) =>
		values.filter((v) => !(taken[name] ?? []).includes(v)).map((v): [string, string] => [name, v])
	);
}
