/**
 * The search page: results as you type, facets, sort, and the state in the URL. Pagefind's code is
 * fetched only when the reader starts a search.
 */
import { asksSearch, hasFilters, pagefindFilters, parseState, serializeState, type SearchState } from '../search-state.ts';
import { loadPagefind, primeSearch, resultCard, searchPages, type PagefindResponse } from './pagefind-client.ts';

const PAGE = 20;
const FIRST = 4;
const root = document.querySelector<HTMLElement>('[data-search]')!;
const strings = JSON.parse(root.dataset.strings!) as Record<string, string>;
const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
const status = root.querySelector<HTMLElement>('[data-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-results]')!;
const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
const empty = root.querySelector<HTMLElement>('[data-empty]')!;
const active = root.querySelector<HTMLUListElement>('[data-active-filters]')!;
const sort = root.querySelector<HTMLSelectElement>('[data-sort]')!;
const clear = root.querySelector<HTMLButtonElement>('[data-clear]')!;
const facets = [...root.querySelectorAll<HTMLFieldSetElement>('[data-facet]')];
const facetKeys = facets.map((f) => f.dataset.facet!);
const boxes = () => root.querySelectorAll<HTMLInputElement>('[data-facet] input[type=checkbox]');

const fill = (template: string, vars: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

function readControls(): SearchState {
	const filters: Record<string, string[]> = {};
	for (const box of boxes()) if (box.checked) (filters[box.name] ??= []).push(box.value);
	return { q: input.value, filters, sort: sort.value as SearchState['sort'] };
}

function writeControls(state: SearchState) {
	input.value = state.q;
	sort.value = state.sort;
	for (const box of boxes()) box.checked = state.filters[box.name]?.includes(box.value) ?? false;
}

/** The search on screen: its query marks the excerpts of the cards still to come. */
let current: { query: string; results: PagefindResponse['results'] } = { query: '', results: [] };
let shown = 0;
let generation = 0;

let loadingMore: Promise<void> | undefined;
/** Appends the next page of results; a second click while one loads waits for it. */
function showMore(): Promise<void> {
	loadingMore ??= appendPage().finally(() => (loadingMore = undefined));
	return loadingMore;
}

async function appendPage() {
	const run = generation;
	const page = current.results.slice(shown, shown + PAGE);
	list.setAttribute('aria-busy', 'true');
	try {
		// The first cards fill a phone's screen: show them before the rest of the page has arrived.
		for (const part of [page.slice(0, FIRST), page.slice(FIRST)]) {
			const next = await Promise.all(part.map((r) => r.data()));
			if (run !== generation) return;
			list.append(...next.map((r) => resultCard(r, { query: current.query })));
			shown += next.length;
		}
		more.hidden = shown >= current.results.length;
	} finally {
		if (run === generation) list.removeAttribute('aria-busy');
	}
}

function renderActiveFilters(state: SearchState) {
	active.replaceChildren(
		...Object.entries(state.filters).flatMap(([facet, values]) =>
			values.map((value) => {
				const li = document.createElement('li');
				const b = document.createElement('button');
				b.type = 'button';
				b.className = 'chip';
				b.textContent = fill(strings.removeFilter!, { value });
				b.addEventListener('click', () => {
					const box = [...boxes()].find((x) => x.name === facet && x.value === value);
					if (box) box.checked = false;
					commit(true);
				});
				li.append(b);
				return li;
			})
		)
	);
}

function updateCounts(counts: PagefindResponse['filters'] | undefined) {
	for (const box of boxes()) {
		const label = box.closest('label')!;
		// Pagefind leaves out values with no results; with counts present, missing means none.
		const n = counts ? (counts[box.name]?.[box.value] ?? 0) : undefined;
		label.querySelector('[data-count]')!.textContent = n === undefined ? '' : String(n);
		label.toggleAttribute('data-zero', n === 0 && !box.checked);
	}
}

async function query(state: SearchState): Promise<PagefindResponse> {
	return searchPages(await loadPagefind(), state.q.trim() || null, {
		filters: pagefindFilters(state),
		...(state.sort ? { sort: { [state.sort]: 'desc' } } : {}),
	});
}

// Facet counts need Pagefind's whole filter index, which grows with the site: it loads when the
// facets are first shown, so a phone's first search fetches only what its query needs. Until then
// a search's counts cover only the facets in use, and the facets show none.
let countsShown = false;
async function showCounts() {
	await (await loadPagefind()).filters();
	countsShown = true;
	const run = generation;
	const state = readControls();
	const response = asksSearch(state) ? await query(state) : undefined;
	if (run === generation) updateCounts(response?.filters);
}

async function search(state: SearchState) {
	const run = ++generation;
	clear.hidden = !hasFilters(state);
	if (!asksSearch(state)) {
		list.replaceChildren();
		more.hidden = true;
		empty.hidden = true;
		status.textContent = strings.prompt!;
		updateCounts(undefined);
		return;
	}
	status.textContent = strings.loading!;
	// A search that began before the filter index loaded has counts for the facets in use only.
	const withCounts = countsShown;
	let response: PagefindResponse;
	try {
		response = await query(state);
	} catch {
		status.textContent = strings.unavailable!;
		return;
	}
	if (run !== generation) return;
	current = { query: state.q, results: response.results };
	shown = 0;
	list.replaceChildren();
	if (withCounts) updateCounts(response.filters);
	const n = current.results.length;
	status.textContent = n ? fill(strings.results!, { n }) : strings.noResults!;
	empty.hidden = n > 0 || !hasFilters(state);
	renderActiveFilters(state);
	// A page still loading belongs to the previous search; this one loads its own.
	loadingMore = undefined;
	await showMore();
}

/** Puts the controls' state in the URL (a new history entry for deliberate changes) and searches. */
function commit(push: boolean) {
	const state = readControls();
	const url = `${location.pathname}${serializeState(state)}`;
	if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
	void search(state);
}

// The first keystroke searches at once; while the reader keeps typing, searches wait for a pause.
let typing: ReturnType<typeof setTimeout> | undefined;
let lastInput = 0;
input.addEventListener('input', () => {
	clearTimeout(typing);
	const now = Date.now();
	if (now - lastInput > 400) commit(false);
	else typing = setTimeout(() => commit(false), 150);
	lastInput = now;
});
form.addEventListener('submit', (e) => {
	e.preventDefault();
	clearTimeout(typing);
	commit(true);
});
for (const f of facets) f.addEventListener('change', () => commit(true));
sort.addEventListener('change', () => commit(true));
more.addEventListener('click', () => void showMore());
clear.addEventListener('click', () => {
	for (const box of boxes()) box.checked = false;
	commit(true);
});
window.addEventListener('popstate', () => {
	const state = parseState(location.search, facetKeys);
	writeControls(state);
	void search(state);
});

// The facets are closed in the HTML, so nothing opens and moves on phones, where open facets would
// push the results off the screen; beside the results (the wide layout) they open at once.
const facetPanel = root.querySelector<HTMLDetailsElement>('details[data-facets]')!;
let counting: Promise<void> | undefined;
facetPanel.addEventListener('toggle', () => {
	if (facetPanel.open) counting ??= showCounts().catch(() => (counting = undefined));
});
if (window.matchMedia('(min-width: 62rem)').matches) facetPanel.open = true;

const initial = parseState(location.search, facetKeys);
writeControls(initial);
void search(initial);
// This page is where readers search: load the index while they start typing, and take Pagefind's
// slow first search on a word of our own unless the address already asked for a search.
void loadPagefind()
	.then((pf) => (asksSearch(initial) ? undefined : primeSearch(pf, strings.primer!)))
	.catch(() => undefined);
