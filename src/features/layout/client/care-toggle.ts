/** The large-text, high-contrast mode switch (SiteHeader.astro); the choice persists in this browser. */
import { createAll } from '../../../lib/component.ts';
import { CARE_MODE_KEY } from '../care-mode.ts';
const root = document.documentElement;

function start(button: HTMLElement) {
	button.setAttribute('aria-pressed', String(root.classList.contains('care')));
	button.addEventListener('click', () => {
		const on = root.classList.toggle('care');
		button.setAttribute('aria-pressed', String(on));
		try {
			localStorage.setItem(CARE_MODE_KEY, on ? 'on' : 'off');
		} catch {
			/* see public/care-mode.js */
		}
	});
}

createAll('care-toggle', start);
