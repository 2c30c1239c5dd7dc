/**
 * Chinese has no spaces between words, so a search engine must cut text into words, and it must
 * cut the page and the query the same way or a reader's query misses pages that contain it.
 * Pagefind cuts the query in the browser with Intl.Segmenter, but its indexer cuts pages with a
 * different dictionary (ICU4X): “新能源电池” became one word in the index and three in the query.
 * So before indexing, Chinese text is cut here with Intl.Segmenter — the same ICU rules the
 * browser uses — and the words are separated by spaces the indexer keeps. Result excerpts drop
 * those spaces again in the browser (`joinCjk`).
 */
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { hanCodes } from '../cjk-search.ts';

const HAN = /\p{Script=Han}/u;
const DASH_BETWEEN_WORDS = /(\p{L})([\u2013\u2014])(?=\p{L})/gu;
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Separates the words of Chinese text with spaces; other text is left as it is. */
export function spaceWords(text: string, segmenter = new Intl.Segmenter('zh', { granularity: 'word' })): string {
	if (!HAN.test(text)) return text;
	let out = '';
	let previous = '';
	for (const { segment } of segmenter.segment(text)) {
		// A space goes only where a Chinese word meets another word: Latin and digits keep their own spacing.
		if (previous && !/\s$/.test(previous) && !/^\s/.test(segment) && (HAN.test(previous) || HAN.test(segment))) out += ' ';
		out += segment;
		previous = segment;
	}
	return out;
}

/**
 * Opens a page's keywords in the index (aliases, pinyin; see keywords.ts) and follows each. An
 * excerpt that holds it matched only a keyword, or ran from the page's last words into them: that is
 * no text of the page to show, so the client treats it as it treats the character codes, which it
 * resembles (isCodeExcerpt), and shows the summary.
 */
export const KEYWORD_MARK = 'b000000';

/**
 * The page's HTML as Pagefind should index it: the indexed part's Chinese text cut into
 * space-separated words, followed by the page's keywords (read from SearchTags) and the codes of
 * its characters and pairs (see cjk-search.ts). Only the index sees this; the published page is unchanged.
 */
export function segmentForIndex(html: string): string | undefined {
	// Pages without an indexed part are not indexed at all, and only <main> can hold one.
	if (!html.includes('data-pagefind-body')) return undefined;
	const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'zh-CN';
	// Titles carry <wbr> between phrases (lib/phrases.ts); out of the index, so that a title's words
	// are cut as one text, not phrase by phrase.
	const main = html.slice(html.indexOf('<main'), html.indexOf('</main>') + '</main>'.length).replaceAll('<wbr>', '');
	const root = parse(`<html lang="${lang}"><body>${main}</body></html>`, { comment: true });
	const body = root.querySelector('[data-pagefind-body]');
	if (!body) return undefined;
	const keywordsElement = body.querySelector('[data-search-keywords]');
	const keywords = keywordsElement ? keywordsElement.text.split(' · ') : [];
	keywordsElement?.remove();
	const chinese = HAN.test(body.text);
	const indexed = body.clone() as HTMLElement;
	for (const ignored of indexed.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
	const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
	const visit = (node: Node) => {
		node.childNodes.forEach((child, i) => {
			if (child.nodeType === 3) {
				const text = chinese ? spaceWords(child.text, segmenter) : child.text;
				// Pagefind keeps “Hangzhou–Ruili” as one word, in which Ruili is not found: a dash joining words is set apart.
				const parted = text.replace(DASH_BETWEEN_WORDS, '$1 $2 ');
				if (parted !== child.text) (child as Node & { rawText: string }).rawText = escape(parted);
				return;
			}
			const tag = (child as HTMLElement).tagName?.toLowerCase();
			if (child.nodeType !== 1 || tag === 'script' || tag === 'style') return;
			visit(child);
			// Pagefind runs the text of touching elements together (“Status” + “In force” became
			// “StatusIn force”, a chip and a place “aluminiumWenshan”); the page sets them apart with
			// layout, the index needs a space.
			if (node.childNodes[i + 1]?.nodeType === 1) (child as HTMLElement).insertAdjacentHTML('beforeend', ' ');
		});
	};
	visit(body);
	if (keywords.length) {
		const words = keywords.map((k) => `${escape(chinese ? spaceWords(k, segmenter) : k)} ${KEYWORD_MARK}`);
		body.insertAdjacentHTML('beforeend', `<div hidden> ${KEYWORD_MARK} ${words.join(' ')}</div>`);
	}
	if (!chinese) return root.toString();
	const codes = hanCodes([indexed.text, ...keywords].join('\n')).join(' ');
	body.insertAdjacentHTML('beforeend', `<div hidden data-pagefind-weight="0.2">${codes}</div>`);
	return root.toString();
}
