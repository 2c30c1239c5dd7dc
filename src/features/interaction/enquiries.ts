/**
 * The enquiries column (互动交流) at build time: the order of the list, and the short texts a
 * question becomes where there is no room for all of it.
 */

interface Dated {
	id: string;
	data: { asked: string; answered: string };
}

/** Newest reply first; among replies of one day the later question, then by id, so the order is stable. */
export function byAnswered(a: Dated, b: Dated): number {
	return b.data.answered.localeCompare(a.data.answered) || b.data.asked.localeCompare(a.data.asked) || a.id.localeCompare(b.id);
}

/** Calendar days from a question to its reply (both YYYY-MM-DD); 0 when answered the same day. */
export function daysToAnswer(asked: string, answered: string): number {
	const day = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
	return Math.round((day(answered) - day(asked)) / 86_400_000);
}

/**
 * The start of a question, for a page description or a list: whole when short, else cut at the
 * last sentence or word end that fits, with an ellipsis.
 */
export function excerpt(text: string, max: number): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat;
	const head = flat.slice(0, max - 1);
	const stop = Math.max(...['。', '；', '，', '. ', '; ', ', ', ' '].map((p) => head.lastIndexOf(p)));
	const cut = stop > max / 2 ? head.slice(0, stop + 1) : head;
	return `${cut.trimEnd().replace(/[，,；;。.]$/u, '')}…`;
}
