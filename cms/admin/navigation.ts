/**
 * Decap's editor keeps showing the entry it opened first when the address changes to another
 * entry (a link pasted or typed while one is open), and 保存 then writes to the first one. Loading
 * the page anew makes the editor open the entry the address names; Decap still asks before it
 * drops unsaved changes.
 */
const entryAddress = (hash: string) => /^#\/collections\/[^/]+\/entries\/.+$/.exec(hash)?.[0];

export function reloadOnEntrySwitch(): void {
	let current = entryAddress(location.hash);
	window.addEventListener('hashchange', () => {
		const next = entryAddress(location.hash);
		if (current && next && next !== current) location.reload();
		current = next;
	});
}
