/** Keeps the park map, its filters (in the URL, through the filter form) and its list in step. */
import { createAll, stringsOf } from '../../../lib/component.ts';
import { connectFilterForm } from '../../filters/client/filter-form.ts';
import { matchesFilter, parkFilter } from '../park-filter.ts';
import { mountMap, type MapController } from './map-island.ts';

/** Shows the parks of the list that match the filters, on the list and on the map. */
function filterList(root: HTMLElement, items: readonly HTMLElement[], map: Promise<MapController>) {
	const t = stringsOf(root);
	const status = root.querySelector<HTMLElement>('[data-filter-status]')!;
	const empty = root.querySelector<HTMLElement>('[data-filter-empty]')!;
	connectFilterForm(root.querySelector('form')!, (values) => {
		const filter = parkFilter(values);
		const shown = new Set<string>();
		for (const li of items) {
			const d = li.dataset;
			const match = matchesFilter({ industries: d.industries!.split(' '), level: d.level!, prefecture: d.prefecture! }, filter);
			li.hidden = !match;
			if (match) shown.add(d.park!);
		}
		void map.then((m) => m.show(shown));
		empty.hidden = shown.size > 0;
		status.textContent = t('map.shown', { n: shown.size });
	});
}

async function start(root: HTMLElement) {
	const list = root.querySelector<HTMLElement>('.map-list')!;
	const items = [...root.querySelectorAll<HTMLElement>('[data-park]')];
	// The filters and buttons are there from the first paint, so they work on the list at once and
	// reach the map when Leaflet has loaded.
	const map = mountMap(root.querySelector<HTMLElement>('[data-map]')!);
	filterList(root, items, map);
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

createAll('parks-map', (root) => void start(root));
