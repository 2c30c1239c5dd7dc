/**
 * Chinese titles may break between any two characters, so a browser cuts words in half
 * ("普洱咖啡精深加/工"). The build marks where a title may break instead: between BudouX's phrases,
 * with `<wbr>`, and the stylesheet forbids every other break inside Chinese (`word-break: keep-all`
 * in base.css). BudouX's model sometimes cuts a word ("咖|啡"), so a phrase boundary counts only
 * where ICU's dictionary (Intl.Segmenter) also sees a word boundary: fewer breaks, none inside a word.
 */
import { loadDefaultSimplifiedChineseParser } from 'budoux';

const HAN = /\p{Script=Han}/u;
const budoux = loadDefaultSimplifiedChineseParser();
const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** The offsets inside `text` where a segmentation starts a new piece (0 and the end excluded). */
const cuts = (pieces: Iterable<string>) => {
	const at = new Set<number>();
	let offset = 0;
	for (const piece of pieces) {
		if (offset > 0) at.add(offset);
		offset += piece.length;
	}
	return at;
};

/** BudouX's phrase boundaries in `text` that are also word boundaries, as string offsets, ascending. */
export function phraseBoundaries(text: string): number[] {
	if (!HAN.test(text)) return [];
	const wordCuts = cuts(Array.from(words.segment(text), (s) => s.segment));
	return [...cuts(budoux.parse(text))].filter((i) => wordCuts.has(i));
}

/** `text` cut into phrases (see phraseBoundaries); text without Chinese is one piece. */
export function phrases(text: string): string[] {
	const pieces: string[] = [];
	let start = 0;
	for (const end of phraseBoundaries(text)) {
		pieces.push(text.slice(start, end));
		start = end;
	}
	pieces.push(text.slice(start));
	return pieces.filter(Boolean);
}

/**
 * Untrusted `text` as HTML: escaped, with `<wbr>` between its phrases. Nothing else of the text
 * becomes markup, so a title can be set as HTML (`set:html`) safely.
 */
export const phraseHtml = (text: string) => phrases(text).map(escape).join('<wbr>');
