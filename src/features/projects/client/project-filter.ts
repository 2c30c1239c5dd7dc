/** Filters the project list through the search index (ProjectFilter.astro); the filters live in the URL. */
import { createAll, readConfig, stringsOf } from '../../../lib/component.ts';
import { connectFilterForm } from '../../filters/client/filter-form.ts';
import { Pager } from '../../filters/client/pager.ts';
import { pagefindFilters } from '../../search/search-state.ts';
import { loadPagefind, resultCard, searchPages } from '../../search/client/pagefind-client.ts';
import { PAGE_SIZE } from '../../../lib/routes.ts';

function start(root: HTMLElement) {
	const { projectType } = readConfig(root, { projectType: 'string' });
	const t = stringsOf(root);
	const status = root.querySelector<HTMLElement>('[data-filter-status]')!;
	const list = root.querySelector<HTMLElement>('[data-filter-results]')!;
	const template = root.querySelector<HTMLTemplateElement>('template[data-project-card]')!;
	const results = new Pager(root.querySelector<HTMLElement>('[data-pager]')!, { size: PAGE_SIZE });
	// The page's own list and its pagination, which the filtered list replaces.
	const unfiltered = document.querySelectorAll<HTMLElement>('[data-unfiltered]');
	let generation = 0;

	connectFilterForm(root.querySelector('form')!, async (values) => {
		const run = ++generation;
		const filtering = Object.keys(values).length > 0;
		for (const el of unfiltered) el.hidden = filtering;
		list.hidden = !filtering;
		if (!filtering) {
			status.textContent = '';
			return void results.show([]);
		}
		const response = await searchPages(await loadPagefind(), null, {
			filters: pagefindFilters({ type: [projectType], ...values }),
			sort: { published: 'desc' },
		});
		if (run !== generation) return;
		status.textContent = t('projects.filtered', { n: response.results.length });
		await results.show(response.results.map((r) => async () => resultCard(await r.data(), template)));
	});
}

createAll('project-filter', start);
