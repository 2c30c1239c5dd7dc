/**
 * Chinese search that finds every page containing the characters a reader typed.
 *
 * Pagefind matches whole words, and Chinese words come from a segmenter that depends on context:
 * in “工业、农业和文旅项目” the segmenter reads “和文 / 旅”, so the word 文旅 is not there to find.
 * So each indexed page also carries the codes of its character pairs (文旅 → b0065870065c5), which
 * no segmenter splits, and a Chinese query is searched a second time as the codes of its pairs: a
 * page matches when it contains all of them. A lone character is found by the code prefix of its
 * pairs (Pagefind extends every query term to the words it begins), so the last character of a run
 * gets a code of its own; single-character codes for every character would double the index.
 */

import { safeExcerpt } from './search-state.ts';

const HAN_RUN = /\p{Script=Han}+/gu;
const hex = (char: string) => char.codePointAt(0)!.toString(16).padStart(6, '0');
const code = (a: string, b = '') => `b${hex(a)}${b && hex(b)}`;

export const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

/** The codes of every adjacent pair of characters in a text and of each run's last character, each once. */
export function hanCodes(text: string): string[] {
	const codes = new Set<string>();
	for (const [run] of text.matchAll(HAN_RUN)) {
		const chars = [...run];
		chars.forEach((c, i) => codes.add(code(c, chars[i + 1])));
	}
	return [...codes];
}

/** The query as codes: each Chinese run becomes its pairs, or the prefix of its character's pairs if alone. */
export function hanQuery(query: string): string {
	return query
		.replace(HAN_RUN, (run) => {
			const chars = [...run];
			return ` ${
				chars.length === 1
					? code(run)
					: chars
							.slice(1)
							.map((c, i) => code(chars[i]!, c))
							.join(' ')
			} `;
		})
		.replace(/\s+/g, ' ')
		.trim();
}

/** True for an excerpt taken from the codes rather than the page's text. */
export const isCodeExcerpt = (excerpt: string) => /\bb[0-9a-f]{6,12}\b/.test(excerpt);

const regExpEscape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Marks where a Chinese query's terms occur in an excerpt, in place of Pagefind's marks: Pagefind cuts
 * Chinese into words of its own and marks each, so 储能 would mark 能 in 能源. Takes and returns a
 * safe excerpt (escaped text and <mark> only), so each character of a term is escaped as safeExcerpt
 * escapes text; a term may run across the index's spaces (500 强).
 */
export function markHanQuery(excerpt: string, query: string): string {
	if (!hasHan(query)) return excerpt;
	const terms = query
		.trim()
		.split(/\s+/)
		.sort((a, b) => b.length - a.length)
		.map((term) => [...term].map((c) => regExpEscape(safeExcerpt(c))).join('\\s*'));
	return excerpt.replace(/<\/?mark>/g, '').replace(new RegExp(terms.join('|'), 'giu'), '<mark>$&</mark>');
}

/** Chinese within other text: Han and full-width punctuation, with the digits and spaces between them (云政发〔2023〕15 号). */
const CHINESE_PART =
	/[\p{Script=Han}\u3000-\u303f\uff01-\uff60](?:[\p{Script=Han}\u3000-\u303f\uff01-\uff60\d\s.%·-]*[\p{Script=Han}\u3000-\u303f\uff01-\uff60])?/gu;

/** A text cut into its Chinese parts and the rest, in order, for marking the language of each. */
export function chineseParts(text: string): { text: string; chinese: boolean }[] {
	const parts: { text: string; chinese: boolean }[] = [];
	let at = 0;
	for (const match of text.matchAll(CHINESE_PART)) {
		if (match.index > at) parts.push({ text: text.slice(at, match.index), chinese: false });
		parts.push({ text: match[0], chinese: true });
		at = match.index + match[0].length;
	}
	if (at < text.length) parts.push({ text: text.slice(at), chinese: false });
	return parts;
}
