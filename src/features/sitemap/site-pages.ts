/**
 * The HTML sitemap's content: every column, and under each the pages of entries and terms whose
 * path lies in it. Columns come from COLUMNS and pages from the catalogue through `entryPages`, so
 * a new column or collection appears here once it has its routes.
 */
import type { Catalogue, Localized } from '../../catalogue/catalogue.ts';
import { entryCollections, type EntryCollectionName } from '../../schema/collections.ts';
import { entryPages, routes } from '../../lib/routes.ts';
import { langOf, pick, pickedLang } from '../../lib/translation.ts';
import type { LocalizedText } from '../../schema/fields.ts';
import { columnOf, columns, type ColumnInfo } from '../layout/columns.ts';

export interface SitemapLink {
	/** Language-neutral site path. */
	path: string;
	title: string;
	/** The title's `lang` where it is shown in Chinese on an English page. */
	lang?: string | undefined;
}

export interface SitemapGroup {
	/** Undefined for the pages that lie in no column. */
	column?: ColumnInfo | undefined;
	links: SitemapLink[];
}

type Titled = Localized<{ title: string }>;

/** An entry collection's entries in the catalogue: its list, or the fixed pages it holds. */
function entriesOf(c: Catalogue, name: EntryCollectionName): Titled[] {
	const list = (c as unknown as Record<string, unknown>)[name];
	if (Array.isArray(list)) return list as Titled[];
	const page = name === 'open' ? c.openPage : c.page;
	return (entryCollections[name].fixedIds ?? []).map((id) => page(id));
}

/** Pages of taxonomy terms, which have a page of their own. */
const TERM_PAGES = {
	industries: routes.industry,
	prefectures: routes.prefecture,
	expos: routes.expo,
} as const satisfies Partial<Record<keyof Catalogue, (id: string) => string>>;

/** Every page of an entry or a term, in the catalogue's language and order. */
export function sitePages(c: Catalogue): SitemapLink[] {
	const entries = (Object.keys(entryPages) as EntryCollectionName[]).flatMap((name) =>
		entriesOf(c, name).map((e) => ({ path: entryPages[name](e.id), title: e.data.title, lang: langOf(e, 'title') }))
	);
	const terms = (Object.keys(TERM_PAGES) as (keyof typeof TERM_PAGES)[]).flatMap((name) =>
		(c[name] as { id: string; name: LocalizedText }[]).map((term) => ({
			path: TERM_PAGES[name](term.id),
			title: pick(term.name, c.locale),
			lang: pickedLang(term.name, c.locale),
		}))
	);
	return [...entries, ...terms];
}

/** Pages grouped by the innermost column they lie in, columns in their order, pages in none last. */
export function sitemapGroups(pages: readonly SitemapLink[]): SitemapGroup[] {
	const byColumn = Map.groupBy(pages, (p) => columnOf(p.path)?.id);
	const groups: SitemapGroup[] = columns.map((column) => ({ column, links: byColumn.get(column.id) ?? [] }));
	const other = byColumn.get(undefined) ?? [];
	return other.length ? [...groups, { links: other }] : groups;
}
