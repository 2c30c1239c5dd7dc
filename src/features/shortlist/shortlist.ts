/**
 * The visitor's shortlist of projects: ids kept in the browser's storage, and shared as a link
 * (`/shortlist/?ids=a,b`). Nothing leaves the visitor's device unless they share the link.
 */
export const STORAGE_KEY = 'shortlist';
/** The facts the shortlist adds to each card (project-sheet.ts): what a visitor acts on once a project is chosen. */
export const SHORTLIST_FACTS = ['cooperation', 'land', 'returns', 'contact'] as const;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Ids from storage or a link; anything that is not an id is dropped. Ids are project codes in lower
 * case, and people type or copy codes as printed (YN-2026-0041), so any case is read.
 */
export function parseIds(text: string | null | undefined): string[] {
	if (!text) return [];
	let values: unknown;
	try {
		values = text.trim().startsWith('[') ? JSON.parse(text) : text.split(',');
	} catch {
		return [];
	}
	if (!Array.isArray(values)) return [];
	return [
		...new Set(
			values
				.filter((v): v is string => typeof v === 'string')
				.map((v) => v.trim().toLowerCase())
				.filter((v) => ID.test(v))
		),
	];
}

export function toggleId(ids: readonly string[], id: string): string[] {
	return ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
}

export function shareLink(origin: string, path: string, ids: readonly string[]): string {
	const url = new URL(path, origin);
	if (ids.length) url.searchParams.set('ids', ids.join(','));
	return url.href;
}

export function readShortlist(storage: Pick<Storage, 'getItem'>): string[] {
	try {
		return parseIds(storage.getItem(STORAGE_KEY));
	} catch {
		// Storage can be disabled; the shortlist then lasts for the page only.
		return [];
	}
}

export function writeShortlist(storage: Pick<Storage, 'setItem'>, ids: readonly string[]): void {
	try {
		storage.setItem(STORAGE_KEY, JSON.stringify(ids));
	} catch {
		/* see readShortlist */
	}
}
