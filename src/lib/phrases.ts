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

/**
 * `text` cut into phrases: at BudouX's phrase boundaries that are also word boundaries. A lone
 * character would make a line of its own or start one (产业/园, 20 万/吨): it stays with the phrase
 * before it, or the first with the phrase after it. Text without Chinese is one piece.
 */
export function phrases(text: string): string[] {
	if (!HAN.test(text)) return text ? [text] : [];
	const wordCuts = cuts(Array.from(words.segment(text), (s) => s.segment));
	const pieces: string[] = [];
	let start = 0;
	for (const end of [...cuts(budoux.parse(text))].filter((i) => wordCuts.has(i))) {
		pieces.push(text.slice(start, end));
		start = end;
	}
	pieces.push(text.slice(start));
	const merged: string[] = [];
	let carry = '';
	for (const piece of pieces) {
		const p = carry + piece;
		carry = '';
		if ([...p].length > 1) merged.push(p);
		else if (merged.length) merged[merged.length - 1] += p;
		else carry = p;
	}
	if (carry) merged.push(carry);
	return merged;
}

/** The offsets inside `text` where its phrases (see phrases) meet, ascending. */
export const phraseBoundaries = (text: string): number[] => [...cuts(phrases(text))];

/**
 * Untrusted `text` as HTML: escaped, with `<wbr>` between its phrases. Nothing else of the text
 * becomes markup, so a title can be set as HTML (`set:html`) safely.
 */
export const phraseHtml = (text: string) => phrases(text).map(escape).join('<wbr>');
