/**
 * Labels take their language's colon: “Source: …” in English, “来源：…” in Chinese. A full-width colon
 * after a Latin letter on an English page, or an English colon after a Chinese character on a Chinese
 * page, is a label joined with the other language's punctuation. Chinese shown on an English page as
 * a fallback keeps its own punctuation: parts marked lang="zh-CN" are left out there.
 */
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { expect, it } from 'vitest';
import { DIST, htmlFiles, read, urlOf } from './dist-files.ts';

function text(file: string, without = 'script, style') {
	const page = parse(read(file));
	for (const element of page.querySelectorAll(without)) element.remove();
	return page.text;
}
const english = htmlFiles(join(DIST, 'en'));
const chinese = htmlFiles().filter((file) => !urlOf(file).startsWith('/en/'));

it('English pages use an English colon after English labels', () => {
	expect(english.filter((file) => /[A-Za-z]：/.test(text(file, 'script, style, [lang="zh-CN"]'))).map(urlOf)).toEqual([]);
});

it('Chinese pages use a full-width colon after Chinese labels', () => {
	expect(chinese.filter((file) => /\p{Script=Han}: /u.test(text(file))).map(urlOf)).toEqual([]);
});

it("English pages set apostrophes typographically (Pu’er, not Pu'er)", () => {
	expect(english.filter((file) => /\p{L}'\p{L}/u.test(text(file))).map(urlOf)).toEqual([]);
});
