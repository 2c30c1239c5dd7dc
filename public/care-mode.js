// Applies the large-text, high-contrast mode (适老化) before the page paints, so it never flashes.
try {
	if (localStorage.getItem('care-mode') === 'on') document.documentElement.classList.add('care');
} catch (e) {
	// Storage disabled: the mode lasts for this page only.
}
