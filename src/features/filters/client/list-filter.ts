/**
 * The browser side of ListFilter.astro: filters a whole list through the search index and draws the
 * matching items in place of the page's own list and its pagination, newest first.
 */
import { readConfig, stringsOf } from '../../../lib/component.ts';
import { PAGE_SIZE } from '../../../lib/routes.ts';
import { pagefindFilters } from '../../search/search-state.ts';
import { loadPagefind, searchPages } from '../../search/client/pagefind-client.ts';
import { connectFilterForm } from './filter-form.ts';
import { Pager } from './pager.ts';

/**
 * Starts the filter in `root` (ListFilter.astro); `draw` makes an item's element from what the
 * index holds for it (a SearchTags `item`).
 */
export function startListFilter<T>(root: HTMLElement, draw: (item: T) => HTMLElement): void {
	const { type } = readConfig(root, { type: 'string' });
	const t = stringsOf(root);
	const status = root.querySelector<HTMLElement>('[data-filter-status]')!;
	const list = root.querySelector<HTMLElement>('[data-filter-results]')!;
	const none = root.querySelector<HTMLElement>('[data-filter-none]')!;
	const results = new Pager(root.querySelector<HTMLElement>('[data-pager]')!, { size: PAGE_SIZE });
	// The page's own list and its pagination, which the filtered list replaces.
	const unfiltered = document.querySelectorAll<HTMLElement>('[data-unfiltered]');
	const showFiltered = (filtering: boolean) => {
		for (const el of unfiltered) el.hidden = filtering;
		list.hidden = !filtering;
	};
	let generation = 0;

	connectFilterForm(root.querySelector('form')!, async (values) => {
		const run = ++generation;
		const filtering = Object.keys(values).length > 0;
		showFiltered(filtering);
		none.hidden = true;
		if (!filtering) {
			status.textContent = '';
			return void results.show([]);
		}
		try {
			const response = await searchPages(await loadPagefind(), null, {
				filters: pagefindFilters({ type: [type], ...values }),
				sort: { published: 'desc' },
			});
			if (run !== generation) return;
			status.textContent = t('shown', { n: response.results.length });
			none.hidden = response.results.length > 0;
			await results.show(response.results.map((r) => async () => draw(JSON.parse((await r.data()).meta.item ?? 'null') as T)));
		} catch {
			// Without the index the page's own list stays, complete, and the reader is told why nothing changed.
			if (run !== generation) return;
			showFiltered(false);
			status.textContent = t('unavailable');
		}
	});
}
