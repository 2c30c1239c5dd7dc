/** Narrows an expo's project cards by industry and prefecture (ExpoPage.astro), without reloading the page. */
import { createAll, stringsOf } from '../../../lib/component.ts';
import { connectFilterForm } from '../../filters/client/filter-form.ts';

function start(root: HTMLElement) {
	const form = root.querySelector('form');
	// An expo without projects has no filters.
	if (!form) return;
	const t = stringsOf(root);
	const cards = [...root.querySelectorAll<HTMLElement>('[data-expo-projects] > [data-industry]')];
	const status = root.querySelector<HTMLElement>('[data-filter-status]')!;
	const none = root.querySelector<HTMLElement>('[data-expo-none]')!;
	connectFilterForm(form, (values) => {
		let shown = 0;
		for (const card of cards) {
			// The fields are named after the card's data attributes: data-industry, data-prefecture.
			const match = Object.entries(values).every(([name, chosen]) => chosen.includes(card.dataset[name] ?? ''));
			card.hidden = !match;
			if (match) shown++;
		}
		status.textContent = t('expo.shown', { n: shown });
		none.hidden = shown > 0;
	});
}

createAll('expo-filter', start);
