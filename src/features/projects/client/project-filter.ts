/** Filters the project list through the search index; the filters live in the URL. */
import { hasFilters, pagefindFilters, parseState, serializeState, type SearchState } from '../../search/search-state.ts';
import { loadPagefind, resultCard, type PagefindResponse } from '../../search/client/pagefind-client.ts';

const PAGE = 24;
const form = document.querySelector<HTMLFormElement>('[data-project-filter]');
const results = document.querySelector<HTMLElement>('[data-filter-results]')!;
const more = document.querySelector<HTMLButtonElement>('[data-filter-more]')!;
const status = document.querySelector<HTMLElement>('[data-filter-status]')!;
const unfiltered = document.querySelectorAll<HTMLElement>('[data-unfiltered]');
const selects = form ? [...form.querySelectorAll('select')] : [];
const facets = selects.map((s) => s.name);

let found: PagefindResponse['results'] = [];
let shown = 0;
let generation = 0;

function state(): SearchState {
	const filters: Record<string, string[]> = {};
	for (const s of selects) if (s.value) filters[s.name] = [s.value];
	return { q: '', filters, sort: '' };
}

let loadingMore: Promise<void> | undefined;
/** Appends the next page of results; a second click while one loads waits for it. */
function showMore(): Promise<void> {
	loadingMore ??= appendPage().finally(() => (loadingMore = undefined));
	return loadingMore;
}

async function appendPage() {
	const run = generation;
	const page = await Promise.all(found.slice(shown, shown + PAGE).map((r) => r.data()));
	if (run !== generation) return;
	results.append(...page.map((r) => resultCard(r, { tag: 'article' })));
	shown += page.length;
	more.hidden = shown >= found.length;
}

async function apply(current: SearchState) {
	const run = ++generation;
	const filtering = hasFilters(current);
	for (const el of unfiltered) el.hidden = filtering;
	results.hidden = !filtering;
	if (!filtering) {
		more.hidden = true;
		status.textContent = '';
		results.replaceChildren();
		return;
	}
	const pf = await loadPagefind();
	const response = await pf.search(null, {
		filters: { type: { any: [form!.dataset.type!] }, ...pagefindFilters(current) },
		sort: { published: 'desc' },
	});
	if (run !== generation) return;
	found = response.results;
	shown = 0;
	results.replaceChildren();
	status.textContent = (form!.dataset.template ?? '').replace('{n}', String(found.length));
	await showMore();
}

function commit() {
	const current = state();
	history.pushState(null, '', `${location.pathname}${serializeState(current)}`);
	void apply(current);
}

if (form) {
	form.addEventListener('change', commit);
	form.addEventListener('reset', () => setTimeout(commit));
	form.addEventListener('submit', (e) => e.preventDefault());
	more.addEventListener('click', () => void showMore());
	const restore = () => {
		const s = parseState(location.search, facets);
		for (const select of selects) select.value = s.filters[select.name]?.[0] ?? '';
		void apply(s);
	};
	window.addEventListener('popstate', restore);
	if (location.search) restore();
}
