/**
 * Lines of Chinese text (with Latin words and numbers in it) for a page of a given width, as a
 * Chinese document sets them: a line may break between any two Chinese characters, never inside a
 * Latin word or a number, and no line starts with closing punctuation or ends with opening
 * punctuation (避头尾, GB/T 15834). Closing punctuation hangs into the margin rather than move.
 */

const NO_START = new Set('，。、；：？！）》」』”’〕】…—%·,.;:?!)]');
const NO_END = new Set('（《「『“‘〔【([');

/** The pieces a line may break between: a Chinese character, a run of spaces, or a word. */
export function segments(text: string): string[] {
	return text.match(/[A-Za-z0-9][A-Za-z0-9.,:%/+\-–']*|\s+|./gsu) ?? [];
}

/**
 * The lines of `text` no wider than `width` (but for hanging punctuation), measured by `measure`;
 * the first line is `indent` narrower.
 */
export function breakLines(text: string, width: number, measure: (s: string) => number, indent = 0): string[] {
	const lines: string[] = [];
	let line: string[] = [];
	const room = () => (lines.length ? width : width - indent);
	for (const piece of segments(text)) {
		if (!line.length && /^\s+$/.test(piece)) continue;
		if (line.length && measure(line.join('') + piece) > room() && !NO_START.has(piece[0]!)) {
			// Opening punctuation at the end of the line moves down with what it opens.
			const carried: string[] = [];
			while (line.length > 1 && NO_END.has(line.at(-1)!)) carried.unshift(line.pop()!);
			lines.push(line.join('').trimEnd());
			line = carried;
		}
		line.push(piece);
		// A word wider than the whole line is cut where it must be.
		while (line.length === 1 && line[0]!.length > 1 && measure(line[0]!) > room()) {
			const word = line[0]!;
			let fit = word.length - 1;
			while (fit > 1 && measure(word.slice(0, fit)) > room()) fit--;
			lines.push(word.slice(0, fit));
			line = [word.slice(fit)];
		}
	}
	if (line.length) lines.push(line.join('').trimEnd());
	return lines;
}
