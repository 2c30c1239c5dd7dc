/** Star buttons on project cards and pages: add a project to the shortlist or take it off. */
import { readShortlist, STORAGE_KEY, toggleId, writeShortlist } from '../shortlist.ts';

const buttons = () => document.querySelectorAll<HTMLButtonElement>('button[data-shortlist]');

function sync() {
	const ids = readShortlist(localStorage);
	for (const b of buttons()) b.setAttribute('aria-pressed', String(ids.includes(b.dataset.shortlist!)));
}

for (const b of buttons()) {
	b.addEventListener('click', () => {
		writeShortlist(localStorage, toggleId(readShortlist(localStorage), b.dataset.shortlist!));
		sync();
		document.dispatchEvent(new CustomEvent('shortlist-change'));
	});
}
window.addEventListener('storage', (e) => e.key === STORAGE_KEY && sync());
sync();
