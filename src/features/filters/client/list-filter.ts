/**
 * The browser side of ListFilter.astro: filters a whole list through the search index and draws the
 * matching items in place of the page's own list and its pagination, newest first or in the order
 * chosen.
 */
import { readConfig, stringsOf, type Translate } from '../../../lib/component.ts';
import { PAGE_SIZE } from '../../../lib/routes.ts';
import { pagefindFilters } from '../../search/search-state.ts';
import { loadPagefind, searchPages } from '../../search/client/pagefind-client.ts';
import type { FilterValues } from '../filter-query.ts';
import { connectFilterForm, type FilterForm } from './filter-form.ts';
import { Pager } from './pager.ts';

/** The list's own order, and the key a chosen order (the `sort` field) is otherwise read as. */
const NEWEST = 'published';

/** A chosen value as the reader saw it, in its own language. */
function labelled(text: string, lang: string | undefined): HTMLSpanElement {
	const span = document.createElement('span');
	span.textContent = text;
	if (lang) span.lang = lang;
	return span;
}

/** The results' heading: the chosen values, then the count ("储能 · 2 个项目"). */
function heading(into: HTMLElement, chosen: { text: string; lang?: string | undefined }[], count: string) {
	const parts = [...chosen.map((c) => labelled(c.text, c.lang)), count];
	into.replaceChildren(...parts.flatMap((part, i) => (i ? [' · ', part] : [part])));
}

/** Why nothing matched, and a button for each chosen value that takes it away. */
function explainEmpty(root: HTMLElement, form: FilterForm, filters: FilterValues, t: Translate) {
	const chosen = Object.entries(filters).flatMap(([name, values]) => values.map((value) => ({ name, value, ...form.label(name, value) })));
	const why = root.querySelector<HTMLElement>('[data-filter-why]')!;
	why.textContent = t('filteredBy', { filters: chosen.map((c) => `“${c.text}”`).join(' ') });
	why.hidden = chosen.length === 0;
	root.querySelector<HTMLElement>('[data-filter-removes]')!.replaceChildren(
		...chosen.map((c) => {
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'button button-secondary';
			// One inline run inside the flex button, so that the name reads as written, without gaps around the value.
			const name = document.createElement('span');
			const [before, after = ''] = t('removeFilter').split('{value}');
			name.append(before!, labelled(c.text, c.lang), after);
			button.append(name);
			button.addEventListener('click', () => form.remove(c.name, c.value));
			return button;
		})
	);
}

/**
 * Starts the filter in `root` (ListFilter.astro); `draw` makes an item's element from what the
 * index holds for it in the metadata `meta` (a SearchTags `item`, or a project's `card`).
 */
export function startListFilter<T>(root: HTMLElement, draw: (item: T) => HTMLElement, meta = 'item'): void {
	const { type } = readConfig(root, { type: 'string' });
	const t = stringsOf(root);
	const status = root.querySelector<HTMLElement>('[data-filter-status]')!;
	const title = root.querySelector<HTMLElement>('[data-filter-heading]');
	const list = root.querySelector<HTMLElement>('[data-filter-results]')!;
	const none = root.querySelector<HTMLElement>('[data-filter-none]')!;
	const results = new Pager(root.querySelector<HTMLElement>('[data-pager]')!, { size: PAGE_SIZE });
	// The page's own list, its count and its pagination, which the filtered list replaces.
	const unfiltered = document.querySelectorAll<HTMLElement>('[data-unfiltered]');
	const showFiltered = (filtering: boolean) => {
		for (const el of unfiltered) el.hidden = filtering;
		list.hidden = !filtering;
		if (title) title.hidden = !filtering;
		// With a heading that counts, the status line says the same to those who cannot see it change.
		status.classList.toggle('visually-hidden', Boolean(title) && filtering);
	};
	let generation = 0;

	const form = connectFilterForm(root.querySelector('form')!, async (values) => {
		const run = ++generation;
		const { sort = [], ...filters } = values;
		const filtering = Object.keys(values).length > 0;
		showFiltered(filtering);
		none.hidden = true;
		if (!filtering) {
			status.textContent = '';
			return void results.show([]);
		}
		try {
			const response = await searchPages(await loadPagefind(), null, {
				filters: pagefindFilters({ type: [type], ...filters }),
				sort: { [sort[0] ?? NEWEST]: 'desc' },
			});
			if (run !== generation) return;
			const n = response.results.length;
			if (title) {
				const chosen = Object.entries(filters).flatMap(([name, vs]) => vs.map((v) => form.label(name, v)));
				heading(title, chosen, t('count', { n }));
				status.textContent = title.textContent;
			} else status.textContent = t('shown', { n });
			none.hidden = n > 0;
			if (!n) explainEmpty(root, form, filters, t);
			await results.show(response.results.map((r) => async () => draw(JSON.parse((await r.data()).meta[meta] ?? 'null') as T)));
		} catch {
			// Without the index the page's own list stays, complete, and the reader is told why nothing changed.
			if (run !== generation) return;
			showFiltered(false);
			status.textContent = t('unavailable');
		}
	});
}
