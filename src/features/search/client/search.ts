/**
 * The search page: results as you type, facets with counts, sort, and the state in the URL through
 * the page's filter form. Pagefind's code is fetched only when the page opens.
 */
import { createAll, stringsOf, type Translate } from '../../../lib/component.ts';
import { connectFilterForm, type FilterForm } from '../../filters/client/filter-form.ts';
import { Pager } from '../../filters/client/pager.ts';
import {
	asksSearch,
	hasFilters,
	otherLanguageSearch,
	pagefindFilters,
	searchState,
	type FacetTranslations,
	type SearchState,
} from '../search-state.ts';
import { toSimplified } from '../traditional.ts';
import { loadPagefind, primeSearch, resultCard, searchPages, type PagefindResponse } from './pagefind-client.ts';

/** A page of results, and how many of them show before the rest of the page has arrived: a phone's screenful. */
const PAGE = { size: 20, first: 4 };

class SearchPage {
	private readonly t: Translate;
	private readonly form: HTMLFormElement;
	private readonly status: HTMLElement;
	private readonly empty: HTMLElement;
	private readonly suggestions: HTMLElement;
	private readonly translations: FacetTranslations;
	/** The header's link to this page in the other language. */
	private readonly languageLink: HTMLAnchorElement | null;
	private readonly active: HTMLElement;
	private readonly clear: HTMLButtonElement;
	private readonly template: HTMLTemplateElement;
	private readonly results: Pager;
	private readonly filters: FilterForm;
	private generation = 0;
	private countsShown = false;

	constructor(root: HTMLElement) {
		const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
		this.t = stringsOf(root);
		this.form = $('form[data-filter-form]');
		this.status = $('[data-status]');
		this.empty = $('[data-empty]');
		this.suggestions = $('[data-suggestions]');
		this.translations = JSON.parse(root.dataset.translations ?? '{}') as FacetTranslations;
		this.languageLink = document.querySelector<HTMLAnchorElement>('.site-header a[hreflang]');
		this.active = $('[data-active-filters]');
		this.clear = $('[data-clear]');
		this.template = $('template[data-project-card]');
		this.results = new Pager($('[data-pager]'), PAGE);
		this.filters = connectFilterForm(this.form, (values) => void this.search(searchState(values)));
		listenToTyping($('input[type=search]'), this.filters);
		this.clear.addEventListener('click', () => this.remove(() => true));
		openFacets($('details[data-facets]'), () => this.showCounts());
		const initial = searchState(this.filters.values());
		// This page is where readers search: load the index while they start typing, and take Pagefind's
		// slow first search on a word of its own unless the address already asked for a search.
		void loadPagefind()
			.then((pf) => (asksSearch(initial) ? undefined : primeSearch(pf)))
			.catch(() => undefined);
	}

	private get boxes() {
		return this.form.querySelectorAll<HTMLInputElement>('input[type=checkbox]');
	}

	/** Unticks the boxes `which` picks and searches again. */
	private remove(which: (box: HTMLInputElement) => boolean) {
		for (const box of this.boxes) if (which(box)) box.checked = false;
		this.filters.commit(true);
	}

	private async query(state: SearchState): Promise<PagefindResponse> {
		return searchPages(await loadPagefind(), state.q.trim() || null, {
			filters: pagefindFilters(state.filters),
			...(state.sort ? { sort: { [state.sort]: 'desc' } } : {}),
		});
	}

	private async search(state: SearchState) {
		const run = ++this.generation;
		this.clear.hidden = !hasFilters(state);
		this.suggestions.hidden = true;
		// Switching language keeps the search: the link carries it, its facet values translated.
		if (this.languageLink) this.languageLink.search = otherLanguageSearch(state, this.translations);
		if (!asksSearch(state)) {
			void this.results.show([]);
			this.empty.hidden = true;
			this.status.textContent = this.t('search.prompt');
			updateCounts(this.boxes, undefined);
			return;
		}
		this.status.textContent = this.t('search.loading');
		// A search that began before the filter index loaded has counts for the facets in use only.
		const withCounts = this.countsShown;
		// The query as searched: in simplified characters, which the results' highlights mark.
		const q = await toSimplified(state.q).catch(() => state.q);
		const response = await this.query({ ...state, q }).catch(() => undefined);
		if (run !== this.generation) return;
		if (!response) return void (this.status.textContent = this.t('search.unavailable'));
		if (withCounts) updateCounts(this.boxes, response.filters);
		const n = response.results.length;
		this.status.textContent = n ? this.t('search.results', { n }) : this.t('search.noResults');
		this.empty.hidden = n > 0 || !hasFilters(state);
		this.suggestions.hidden = n > 0 || !state.q.trim();
		this.active.replaceChildren(...this.removers(state));
		await this.results.show(response.results.map((r) => async () => listItem(resultCard(await r.data(), this.template, q))));
	}

	/** Suggestions for a search without results: a button per chosen value, which removes it. */
	private removers(state: SearchState): HTMLLIElement[] {
		return Object.entries(state.filters).flatMap(([facet, values]) =>
			values.map((value) => {
				const button = document.createElement('button');
				button.type = 'button';
				button.className = 'chip';
				button.textContent = this.t('search.removeFilter', { value });
				button.addEventListener('click', () => this.remove((box) => box.name === facet && box.value === value));
				return listItem(button);
			})
		);
	}

	// Facet counts need Pagefind's whole filter index, which grows with the site: it loads when the
	// facets are first shown, so a phone's first search fetches only what its query needs. Until then
	// a search's counts cover only the facets in use, and the facets show none.
	private async showCounts() {
		await (await loadPagefind()).filters();
		this.countsShown = true;
		const run = this.generation;
		const state = searchState(this.filters.values());
		const response = asksSearch(state) ? await this.query(state) : undefined;
		if (run === this.generation) updateCounts(this.boxes, response?.filters);
	}
}

function listItem(card: HTMLElement): HTMLLIElement {
	const li = document.createElement('li');
	li.append(card);
	return li;
}

/** The first keystroke searches at once; while the reader keeps typing, searches wait for a pause. */
function listenToTyping(input: HTMLInputElement, filters: FilterForm) {
	let typing: ReturnType<typeof setTimeout> | undefined;
	let lastInput = 0;
	input.addEventListener('input', () => {
		clearTimeout(typing);
		const now = Date.now();
		if (now - lastInput > 400) filters.commit(false);
		else typing = setTimeout(() => filters.commit(false), 150);
		lastInput = now;
	});
	input.form?.addEventListener('submit', () => clearTimeout(typing));
}

/**
 * The facets are closed in the HTML, so nothing opens and moves on phones, where open facets would
 * push the results off the screen; beside the results (the wide layout) they open at once.
 */
function openFacets(panel: HTMLDetailsElement, showCounts: () => Promise<void>) {
	let counting: Promise<void> | undefined;
	panel.addEventListener('toggle', () => {
		if (panel.open) counting ??= showCounts().catch(() => (counting = undefined));
	});
	if (window.matchMedia('(min-width: 62rem)').matches) panel.open = true;
}

function updateCounts(boxes: Iterable<HTMLInputElement>, counts: PagefindResponse['filters'] | undefined) {
	for (const box of boxes) {
		const label = box.closest('label')!;
		// Pagefind leaves out values with no results; with counts present, missing means none.
		const n = counts ? (counts[box.name]?.[box.value] ?? 0) : undefined;
		label.querySelector('[data-count]')!.textContent = n === undefined ? '' : String(n);
		label.toggleAttribute('data-zero', n === 0 && !box.checked);
	}
}

createAll('search', (root) => new SearchPage(root));
