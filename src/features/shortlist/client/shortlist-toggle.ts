/** Star buttons (ShortlistToggle.astro): add a project to the shortlist or take it off. */
import { createAll, readConfig } from '../../../lib/component.ts';
import { readShortlist, STORAGE_KEY, toggleId, writeShortlist } from '../shortlist.ts';

const MODULE = 'shortlist-toggle';

/** Every star of the page shows whether its project is on the shortlist now. */
function sync() {
	const ids = readShortlist(localStorage);
	for (const star of document.querySelectorAll<HTMLElement>(`[data-module~="${MODULE}"]`))
		star.setAttribute('aria-pressed', String(ids.includes(star.dataset.shortlist!)));
}

function start(star: HTMLElement) {
	const { shortlist: id } = readConfig(star, { shortlist: 'string' });
	star.setAttribute('aria-pressed', String(readShortlist(localStorage).includes(id)));
	star.addEventListener('click', () => {
		writeShortlist(localStorage, toggleId(readShortlist(localStorage), id));
		sync();
		document.dispatchEvent(new CustomEvent('shortlist-change'));
	});
}

/** Starts the stars in `scope`: the page's, or those of a card drawn in the browser. */
export const startStars = (scope: ParentNode = document) => createAll(MODULE, start, scope);

window.addEventListener('storage', (event) => event.key === STORAGE_KEY && sync());
startStars();
