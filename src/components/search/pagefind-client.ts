/**
 * The browser side of Pagefind shared by the search page and the project filter: loading the
 * index on first use and drawing result cards.
 */
import { safeExcerpt } from '../../lib/search-state.ts';

export interface PagefindResult {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
}
export interface PagefindResponse {
	results: { id: string; data: () => Promise<PagefindResult> }[];
	filters: Record<string, Record<string, number>>;
}
interface Pagefind {
	options(o: object): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(term: string | null, options: object): Promise<PagefindResponse>;
}

let loading: Promise<Pagefind> | undefined;

/** Pagefind's script and index for the page's language, fetched once and only when needed. */
export function loadPagefind(): Promise<Pagefind> {
	loading ??= (async () => {
		const url = new URL('/pagefind/pagefind.js', location.origin).href;
		const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
		await pf.options({ excerptLength: 28 });
		await pf.init();
		await pf.filters();
		return pf;
	})();
	loading.catch(() => (loading = undefined));
	return loading;
}

/** A result card; text goes in as text, only the excerpt's <mark> survives as markup. */
export function resultCard(r: PagefindResult, tag: 'li' | 'article' = 'li'): HTMLElement {
	const card = document.createElement(tag);
	card.className = 'card result';
	const meta = document.createElement('p');
	meta.className = 'card-meta';
	const badge = document.createElement('span');
	badge.className = 'badge';
	badge.textContent = r.meta.type ?? '';
	const facts = document.createElement('span');
	facts.textContent = r.meta.facts ?? '';
	meta.append(badge, facts);
	const h = document.createElement('h2');
	const a = document.createElement('a');
	a.href = r.url;
	a.textContent = r.meta.title ?? r.url;
	h.append(a);
	card.append(meta, h);
	if (r.excerpt) {
		const excerpt = document.createElement('p');
		excerpt.innerHTML = safeExcerpt(r.excerpt);
		card.append(excerpt);
	}
	return card;
}
