/** The large-text, high-contrast mode switch; the choice persists in this browser. */
const KEY = 'care-mode';
const root = document.documentElement;

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-care-toggle]')) {
	button.setAttribute('aria-pressed', String(root.classList.contains('care')));
	button.addEventListener('click', () => {
		const on = root.classList.toggle('care');
		button.setAttribute('aria-pressed', String(on));
		try {
			localStorage.setItem(KEY, on ? 'on' : 'off');
		} catch {
			/* see public/care-mode.js */
		}
	});
}
