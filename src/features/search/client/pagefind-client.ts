/**
 * The browser side of Pagefind shared by the search page and the project filter: loading the
 * index on first use, searching it, and drawing result cards.
 */
import { localeOfPath, localizePath } from '../../../i18n/routing.ts';
import { routes } from '../../../lib/routes.ts';
import { DEFAULT_LOCALE } from '../../../schema/fields.ts';
import type { ProjectCardData } from '../../projects/card-data.ts';
import { projectCard } from '../../projects/client/project-card.ts';
import { chineseParts, hanQuery, hasHan, isCodeExcerpt, markHanQuery } from '../cjk-search.ts';
import { joinCjk, safeExcerpt, tidyExcerpt } from '../search-state.ts';

export interface PagefindResult {
	url: string;
	excerpt: string;
	/** The page's indexed text. */
	content?: string;
	meta: Record<string, string>;
}
export interface PagefindResponse {
	results: { id: string; data: () => Promise<PagefindResult> }[];
	filters: Record<string, Record<string, number>>;
}
export interface Pagefind {
	options(o: object): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(term: string | null, options: object): Promise<PagefindResponse>;
}

let loading: Promise<Pagefind> | undefined;

/** Pagefind's script and index for the page's language, fetched once and only when needed. */
export function loadPagefind(): Promise<Pagefind> {
	loading ??= (async () => {
		const bundle = localizePath(routes.searchBundle, localeOfPath(location.pathname));
		const url = new URL(`${bundle}pagefind.js`, location.origin).href;
		const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
		// Indexed URLs are full paths; by default Pagefind would prefix them with its bundle's folder (/en/).
		await pf.options({ excerptLength: 28, baseUrl: '/' });
		await pf.init();
		return pf;
	})();
	loading.catch(() => (loading = undefined));
	return loading;
}

/**
 * Marks the Chinese parts of text from the index (a 文号, text without a translation) as Chinese on
 * a page in another language, so screen readers switch voice for them (WCAG 3.1.2). The index keeps
 * no language of parts, so the parts are found by their script.
 */
function markChinese(element: HTMLElement) {
	if (document.documentElement.lang === DEFAULT_LOCALE) return;
	const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
	const texts: Text[] = [];
	while (walker.nextNode()) texts.push(walker.currentNode as Text);
	for (const node of texts) {
		const parts = chineseParts(node.data);
		if (!parts.some((p) => p.chinese)) continue;
		node.replaceWith(
			...parts.map(({ text, chinese }) => {
				if (!chinese) return text;
				const span = document.createElement('span');
				span.lang = DEFAULT_LOCALE;
				span.textContent = text;
				return span;
			})
		);
	}
}

/**
 * Shows where `query` matched, into `element`; only the excerpt's <mark> survives as markup. Without
 * a query (filters only) Pagefind's excerpt is just the page's first words, and a match found only
 * through the character codes has no readable excerpt: both leave the element as it is, with the summary.
 */
function showExcerpt(element: HTMLElement, r: PagefindResult, query: string) {
	if (!query.trim() || !r.excerpt || isCodeExcerpt(r.excerpt)) return;
	element.innerHTML = tidyExcerpt(markHanQuery(joinCjk(safeExcerpt(r.excerpt)), query), joinCjk(r.content ?? ''));
	element.removeAttribute('lang');
	element.dataset.excerpt = '';
}

/** A result's card: a project's own card (from the page's blank, `template`), or a card of the result's type and facts. */
export function resultCard(r: PagefindResult, template: HTMLTemplateElement, query = ''): HTMLElement {
	if (r.meta.card) {
		const card = projectCard(template, JSON.parse(r.meta.card) as ProjectCardData);
		const summary = card.querySelector<HTMLElement>('[data-slot="summary"]')!;
		showExcerpt(summary, r, query);
		// The card's own fields carry their language; the excerpt is text from the index.
		if (!summary.lang) markChinese(summary);
		return card;
	}
	const card = document.createElement('article');
	card.className = 'card result';
	const meta = document.createElement('p');
	meta.className = 'card-meta';
	const badge = document.createElement('span');
	badge.className = 'badge';
	badge.textContent = joinCjk(r.meta.type ?? '');
	const facts = document.createElement('span');
	facts.textContent = joinCjk(r.meta.facts ?? '');
	meta.append(badge, facts);
	const h = document.createElement('h2');
	const a = document.createElement('a');
	a.href = r.url;
	a.textContent = joinCjk(r.meta.title ?? r.url);
	h.append(a);
	const excerpt = document.createElement('p');
	excerpt.textContent = r.meta.summary ?? '';
	showExcerpt(excerpt, r, query);
	card.append(meta, h, excerpt);
	markChinese(card);
	return card;
}

/**
 * True when every term is in some page. Pagefind drops a term that is in no page and answers with
 * the others, so 不存在的词语xyz found the pages holding 的; a reader expects nothing.
 */
async function everyTermKnown(pf: Pagefind, terms: string[]): Promise<boolean> {
	if (terms.length < 2) return true;
	const found = await Promise.all(terms.map((term) => pf.search(term, {})));
	return found.every((r) => r.results.length > 0);
}

const NOTHING: PagefindResponse = { results: [], filters: {} };

/**
 * Searches words, and for Chinese also the character codes (see cjk-search.ts), so a page that
 * contains what was typed is found however its text was cut into words. The code search decides
 * the set and the facet counts: the word search also matches pages holding only part of a word
 * (储能 found 能 alone). Pages found both ways come first, in the word search's order of relevance
 * and with its excerpt; a sort overrides the order. Traditional characters are searched as the
 * simplified ones the site is written in (traditional.ts), and a query with a term in no page finds nothing.
 */
export async function searchPages(
	pf: Pagefind,
	query: string | null,
	options: { filters?: object; sort?: object }
): Promise<PagefindResponse> {
	if (!query) return pf.search(query, options);
	// Imported here: the lists that filter without a query do not load the table of traditional characters.
	const { toSimplified } = await import('../traditional.ts');
	const term = await toSimplified(query);
	if (!hasHan(term)) {
		const response = await pf.search(term, options);
		const known = response.results.length > 0 && (await everyTermKnown(pf, term.trim().split(/\s+/)));
		return known ? response : NOTHING;
	}
	const codes = hanQuery(term);
	const [words, chars] = await Promise.all([pf.search(term, options), pf.search(codes, options)]);
	if (!chars.results.length || !(await everyTermKnown(pf, codes.split(' ')))) return NOTHING;
	const found = new Set(chars.results.map((r) => r.id));
	const byWords = new Map(words.results.filter((r) => found.has(r.id)).map((r) => [r.id, r]));
	const ordered = options.sort ? chars.results : [...byWords.values(), ...chars.results.filter((r) => !byWords.has(r.id))];
	return { results: ordered.map((r) => byWords.get(r.id) ?? r), filters: chars.filters };
}

/**
 * Pagefind's first search in a page is several times slower than the next, however different the
 * query: its worker and WebAssembly start cold. One search the reader never sees takes that cost
 * before their first query. It asks for a word no page holds: a word on many pages would warm a
 * little more but rank thousands of pages first, and a query typed meanwhile would wait for it.
 */
export async function primeSearch(pf: Pagefind): Promise<void> {
	await pf.search(WARM_UP_WORD, {});
}

/** No word of either language: the warm-up finds nothing and ranks nothing. */
const WARM_UP_WORD = 'qxzqj';
