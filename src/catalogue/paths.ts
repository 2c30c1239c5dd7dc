/**
 * Static paths shared by the routes: one page per language, list pages paginated by 24. A page
 * reads its language from `Astro.locals`, so only what differs between pages goes in its props.
 */
import { langParam } from '../i18n/routing.ts';
import { PAGE_SIZE } from '../lib/routes.ts';
import { LOCALES } from '../schema/fields.ts';
import { catalogue, type Catalogue } from './catalogue.ts';

export interface ListProps<T> {
	items: T[];
	page: number;
	pages: number;
	total: number;
}

/** Pages `/base/`, `/base/2/`, … of a list, newest first, in both languages. */
export async function listPaths<T>(select: (c: Catalogue) => T[]) {
	const perLocale = await Promise.all(
		LOCALES.map(async (locale) => {
			const items = select(await catalogue(locale));
			const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
			return Array.from({ length: pages }, (_, i) => ({
				params: { lang: langParam(locale), page: i === 0 ? undefined : String(i + 1) },
				props: { page: i + 1, pages, total: items.length, items: items.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE) } satisfies ListProps<T>,
			}));
		})
	);
	return perLocale.flat();
}

/** One page per entry and language; the entry is passed as a prop. */
export async function entryPaths<T extends { id: string }>(select: (c: Catalogue) => T[]) {
	const perLocale = await Promise.all(
		LOCALES.map(async (locale) => {
			const c = await catalogue(locale);
			return select(c).map((entry) => ({ params: { lang: langParam(locale), slug: entry.id }, props: { entry } }));
		})
	);
	return perLocale.flat();
}

/** One page per taxonomy term (an industry, a prefecture) and language; the term is passed as a prop. */
export async function termPaths<T extends { id: string }>(select: (c: Catalogue) => T[]) {
	const terms = select(await catalogue('zh-CN'));
	return LOCALES.flatMap((locale) => terms.map((term) => ({ params: { lang: langParam(locale), id: term.id }, props: { term } })));
}
