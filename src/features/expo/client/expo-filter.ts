/** Narrows an expo's project cards by industry and prefecture, without reloading the page. */
const form = document.querySelector<HTMLFormElement>('[data-expo-filters]');
const cards = [...document.querySelectorAll<HTMLElement>('[data-expo-projects] > [data-industry]')];
const count = document.querySelector<HTMLElement>('[data-expo-count]');
const none = document.querySelector<HTMLElement>('[data-expo-none]');

function apply() {
	if (!form) return;
	const industry = form.industry.value as string;
	const prefecture = form.prefecture.value as string;
	let shown = 0;
	for (const card of cards) {
		const match = (!industry || card.dataset.industry === industry) && (!prefecture || card.dataset.prefecture === prefecture);
		card.hidden = !match;
		if (match) shown++;
	}
	if (count) count.textContent = (count.dataset.template ?? '').replace('{n}', String(shown));
	if (none) none.hidden = shown > 0;
}

if (form) {
	form.addEventListener('change', apply);
	form.addEventListener('submit', (e) => e.preventDefault());
	apply();
}
