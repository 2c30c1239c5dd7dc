/**
 * Chinese search that finds every page containing the characters a reader typed.
 *
 * Pagefind matches whole words, and Chinese words come from a segmenter that depends on context:
 * in “工业、农业和文旅项目” the segmenter reads “和文 / 旅”, so the word 文旅 is not there to find.
 * So each indexed page also carries its Chinese characters and character pairs as ASCII codes
 * (文旅 → b0658700065c5), which no segmenter splits, and a Chinese query is searched a second time
 * as the codes of its characters and pairs: a page matches when it contains all of them.
 */

const HAN_RUN = /\p{Script=Han}+/gu;
const hex = (char: string) => char.codePointAt(0)!.toString(16).padStart(6, '0');
const unigram = (char: string) => `u${hex(char)}`;
const bigram = (a: string, b: string) => `b${hex(a)}${hex(b)}`;

export const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

/** The codes of every character and adjacent pair of characters in a text, each once. */
export function hanCodes(text: string): string[] {
	const codes = new Set<string>();
	for (const [run] of text.matchAll(HAN_RUN)) {
		const chars = [...run];
		chars.forEach((c, i) => {
			codes.add(unigram(c));
			if (i > 0) codes.add(bigram(chars[i - 1]!, c));
		});
	}
	return [...codes];
}

/** The query as codes: each Chinese run becomes its pairs (or its character, if alone). */
export function hanQuery(query: string): string {
	return query
		.replace(HAN_RUN, (run) => {
			const chars = [...run];
			return ` ${chars.length === 1 ? unigram(run) : chars.slice(1).map((c, i) => bigram(chars[i]!, c)).join(' ')} `;
		})
		.replace(/\s+/g, ' ')
		.trim();
}

/** True for an excerpt taken from the codes rather than the page's text. */
export const isCodeExcerpt = (excerpt: string) => /\b[ub][0-9a-f]{6,12}\b/.test(excerpt);
