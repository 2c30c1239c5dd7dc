/**
 * What the XML sitemap (@astrojs/sitemap, astro.config.mjs) lists and how fresh each page is: the
 * pages a search engine should index, each with `lastmod` from its entry's dates, a column's from
 * its newest entry and the home page's from the newest of all.
 */
import { loadContent, validEntries } from '../../content-check/load.ts';
import { stripLocale } from '../../i18n/routing.ts';
import { isoDateTime } from '../../lib/dates.ts';
import { entryPages, routes } from '../../lib/routes.ts';
import type { EntryCollectionName } from '../../schema/collections.ts';
import { walkValues } from '../../schema/fields.ts';
import { columnsOf } from '../layout/columns.ts';

/** Pages for visitors, not for an index: search, the shortlist, the compare table, the 404 page, the expo posters. */
const UTILITY = [routes.search, routes.shortlist, routes.compare, '/404/'];
const POSTER = new RegExp(`^${routes.expoPoster('[^/]+')}$`);

/** Whether a page of the site belongs in the XML sitemap. */
export function isListed(url: string): boolean {
	const path = stripLocale(new URL(url).pathname);
	return !UTILITY.includes(path) && !POSTER.test(path);
}

export interface Dated {
	/** Language-neutral site path. */
	path: string;
	/** A content date or date-time. */
	date: string;
}

/** `lastmod` by language-neutral path: each entry's own, and its columns' and the home page's newest. */
export function lastModified(pages: readonly Dated[]): Map<string, string> {
	const newest = new Map<string, string>();
	const bump = (path: string, date: string) => {
		const seen = newest.get(path);
		if (!seen || seen < date) newest.set(path, date);
	};
	for (const { path, date } of pages) {
		bump(path, date);
		bump(routes.home, date);
		for (const column of columnsOf(path)) bump(column.path, date);
	}
	return new Map([...newest].map(([path, date]) => [path, isoDateTime(date)]));
}

/** Terms with a page of their own: the page changes when an entry that refers to the term does. */
const TERM_PAGES: Readonly<Record<string, (id: string) => string>> = {
	industries: routes.industry,
	prefectures: routes.prefecture,
	expos: routes.expo,
};

/**
 * The pages of the entries in content/ with their latest date (updated, or else published), and
 * the pages of the terms they refer to with the same date.
 */
export function entryDates(root: string): Dated[] {
	return validEntries(loadContent(root)).flatMap((e) => {
		const date = e.data.updated ?? e.data.published;
		if (typeof date !== 'string') return [];
		const pages = [entryPages[e.collection.name as EntryCollectionName](e.id)];
		walkValues(e.collection.fields, e.data, (f, value) => {
			const termPage = f.kind === 'ref' ? TERM_PAGES[f.to] : undefined;
			// A multiple reference comes as one value, the list of ids.
			if (termPage) for (const id of [value].flat()) if (typeof id === 'string') pages.push(termPage(id));
		});
		return pages.map((path) => ({ path, date }));
	});
}

interface SitemapItem {
	url: string;
	lastmod?: string | undefined;
}

/** The `filter` and `serialize` options of @astrojs/sitemap for the project at `root`. */
export function sitemapOptions(root: string) {
	let dates: Map<string, string> | undefined;
	return {
		filter: isListed,
		serialize<T extends SitemapItem>(item: T): T {
			// Read at the end of the build, once, rather than whenever the configuration loads.
			dates ??= lastModified(entryDates(root));
			const lastmod = dates.get(stripLocale(new URL(item.url).pathname));
			return lastmod ? { ...item, lastmod } : item;
		},
	};
}
