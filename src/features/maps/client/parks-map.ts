/** Keeps the park map, its filters (in the URL) and its list in step. */
import { matchesFilter, readFilter, writeFilter, type ParkFilter } from '../park-filter.ts';
import { mountMap } from './map-island.ts';

async function start(root: HTMLElement) {
	const form = root.querySelector<HTMLFormElement>('[data-park-filter]')!;
	const status = root.querySelector<HTMLElement>('[data-filter-status]')!;
	const empty = root.querySelector<HTMLElement>('[data-filter-empty]')!;
	const list = root.querySelector<HTMLElement>('.map-list')!;
	const items = [...root.querySelectorAll<HTMLElement>('[data-park]')];
	const selects = [...form.querySelectorAll('select')];
	// The filters and buttons are there from the first paint, so they work on the list at once and
	// reach the map when Leaflet has loaded.
	const map = mountMap(root.querySelector<HTMLElement>('[data-map]')!);

	const apply = (filter: ParkFilter) => {
		for (const select of selects) select.value = filter[select.name as keyof ParkFilter] ?? '';
		const shown = new Set<string>();
		for (const li of items) {
			const d = li.dataset;
			const match = matchesFilter({ industries: d.industries!.split(' '), level: d.level!, prefecture: d.prefecture! }, filter);
			li.hidden = !match;
			if (match) shown.add(d.park!);
		}
		void map.then((m) => m.show(shown));
		empty.hidden = shown.size > 0;
		status.textContent = root.dataset.template!.replace('{n}', String(shown.size));
	};
	const commit = () => {
		const filter: ParkFilter = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value]));
		history.replaceState(null, '', `${location.pathname}${writeFilter(filter)}`);
		apply(filter);
	};

	form.addEventListener('change', commit);
	form.addEventListener('reset', () => setTimeout(commit));
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		commit();
	});
	apply(readFilter(location.search));

	for (const li of items) {
		const button = li.querySelector<HTMLButtonElement>('[data-show]')!;
		button.addEventListener('click', () => void map.then((m) => m.focus(li.dataset.park!, button)));
	}
	(await map).onSelect((id) => {
		for (const li of items) {
			if (li.dataset.park !== id) li.removeAttribute('aria-current');
			else {
				li.setAttribute('aria-current', 'true');
				// Scroll only the list's own box (beside the map); on a phone the list is below the map and stays put.
				if (list.scrollHeight > list.clientHeight) list.scrollTop += li.getBoundingClientRect().top - list.getBoundingClientRect().top - 16;
			}
		}
	});
}

const root = document.querySelector<HTMLElement>('[data-parks-map]');
if (root) void start(root);
