/**
 * Chinese on an English page, where a translation is missing or the text exists only in Chinese (a
 * 文号, a 备案 number), is marked lang="zh-CN" so that screen readers read it with a Chinese voice
 * (WCAG 3.1.2, language of parts). Attribute values such as aria-label cannot mark a part of
 * themselves and are left out, except an image's description, whose element can carry the `lang`.
 */
import { join } from 'node:path';
import { HTMLElement, parse, TextNode } from 'node-html-parser';
import { expect, it } from 'vitest';
import { DIST, htmlFiles, read, urlOf } from './dist-files.ts';

const han = /\p{Script=Han}/u;
const english = htmlFiles(join(DIST, 'en'));

/** Chinese text whose nearest `lang` is not Chinese. */
function unmarkedChinese(element: HTMLElement, inherited: string): string[] {
	if (['script', 'style', 'template', 'title'].includes(element.rawTagName)) return [];
	// A page's search keywords (aliases in both languages) are indexed, never shown or read aloud.
	if (element.hasAttribute('data-search-keywords')) return [];
	const lang = element.getAttribute('lang') ?? inherited;
	if (lang.startsWith('zh')) return [];
	const alt = element.rawTagName === 'img' ? element.getAttribute('alt') : undefined;
	return [
		...(alt && han.test(alt) ? [`alt="${alt}"`] : []),
		...element.childNodes.flatMap((node) =>
			node instanceof HTMLElement ? unmarkedChinese(node, lang) : node instanceof TextNode && han.test(node.text) ? [node.text.trim()] : []
		),
	];
}

it('marks Chinese text on English pages as Chinese', () => {
	const found = english.flatMap((file) => unmarkedChinese(parse(read(file)), '').map((text) => `${urlOf(file)}: ${text}`));
	expect(found).toEqual([]);
});

it('has fallback text to check: the sample content leaves an entry untranslated', () => {
	const fallbackTitles = english.filter((file) => parse(read(file)).querySelector('h1')?.getAttribute('lang') === 'zh-CN');
	expect(fallbackTitles.length).toBeGreaterThan(0);
});
