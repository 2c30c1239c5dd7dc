/**
 * Where a page sits among the site's columns (COLUMNS in src/schema/collections.ts), read from its
 * path: the breadcrumbs, the column metadata and the HTML sitemap all come from here, so a page
 * added under a column's path gets them without saying anything.
 */
import { COLUMNS, COLUMN_TYPES, type ColumnId, type ColumnType } from '../../schema/collections.ts';
import { routes } from '../../lib/routes.ts';
import { pick } from '../../lib/translation.ts';
import type { Bilingual, Locale, LocalizedText } from '../../schema/fields.ts';
import { splitKeywords, type ColumnMeta } from './page-meta.ts';

export interface ColumnInfo {
	id: ColumnId;
	label: Bilingual;
	type: ColumnType;
	/** Its language-neutral path. */
	path: string;
}

/** Columns that do not live at `/<id>/`. */
const PATHS: Readonly<Record<string, string>> = {
	map: routes.parksMap,
	interpretations: '/policies/interpretations/',
	departments: routes.departments,
	leaders: routes.leaders,
	reports: routes.reports,
};

export const columnPath = (id: string): string => PATHS[id] ?? `/${id}/`;

/** Every column, in the order COLUMNS gives them. */
export const columns: readonly ColumnInfo[] = COLUMNS.map((c) => ({
	id: c.value,
	label: c.label,
	type: c.type,
	path: columnPath(c.value),
}));

/** What the bureau wrote about a column in content/columns.yaml. */
export interface ColumnText {
	intro?: LocalizedText | undefined;
	keywords?: LocalizedText | undefined;
}

/**
 * A column's metadata in one language. Its keywords are the bureau's, or else its name and the
 * region, which is what a visitor searching for the column would type.
 */
export function columnMeta(c: ColumnInfo, locale: Locale, text: ColumnText, region: LocalizedText): ColumnMeta {
	const keywords = splitKeywords(pick(text.keywords, locale)).filter(Boolean);
	return {
		name: c.label[locale],
		description: pick(text.intro, locale) ?? '',
		keywords: keywords.length ? keywords : [c.label[locale], pick(region, locale)],
		type: COLUMN_TYPES[c.type][locale],
	};
}

/** The columns a (language-neutral) path lies in, outermost first: /parks/map/ is in parks, then map. */
export function columnsOf(path: string): ColumnInfo[] {
	return columns.filter((c) => path.startsWith(c.path)).sort((a, b) => a.path.length - b.path.length);
}

/** The innermost column of a path, whose metadata its page carries. */
export const columnOf = (path: string): ColumnInfo | undefined => columnsOf(path).at(-1);

export interface Crumb {
	label: string;
	/** Site path without language prefix. */
	href: string;
	lang?: string | undefined;
}

/**
 * The trail of a page above itself: the columns it lies in, outermost first. A column's own first
 * page does not link to itself; the home page has no trail (undefined).
 */
export function columnTrail(path: string, label: (c: ColumnInfo) => Crumb['label']): Crumb[] | undefined {
	if (path === routes.home) return undefined;
	return columnsOf(path)
		.filter((c) => c.path !== path)
		.map((c) => ({ label: label(c), href: c.path }));
}
