/**
 * Sample project pages at a depth an investor can act on: measured on the built pages, from the
 * parts that come out of the project's own content file (title, summary, highlights, the
 * construction / market / conditions texts and the body), never labels, facts tables or chrome.
 * Chinese is counted in characters; English in words, because the same text in English runs to
 * about four times the characters. The sample's English, written for a foreign reader rather than
 * translated line by line, has about one word for every two Chinese characters: 1,200 characters
 * come to some 550–650 words.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { localizePath } from '../../src/i18n/routing.ts';
import { routes } from '../../src/lib/routes.ts';
import type { Locale } from '../../src/schema/fields.ts';
import { DIST, read } from './dist-files.ts';

const CONTENT = join(import.meta.dirname, '..', '..', 'content', 'projects');
/** The median Chinese project page carries at least this many characters of its own text. */
const MEDIAN_ZH_CHARS = 1200;
/** The English equivalent of 1,200 Chinese characters in a translation that reads naturally. */
const MEDIAN_EN_WORDS = 550;
/** A featured project's body: several paragraphs under headings of their own. */
const MIN_PARAGRAPHS = 3;
const MIN_SECTIONS = 3;

const ids = readdirSync(CONTENT);
const recommended = ids.filter((id) => {
	const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(CONTENT, id, 'index.zh-CN.md'), 'utf8'))![1]!;
	return (yaml.load(front) as { recommended?: boolean }).recommended === true;
});

const page = (id: string, locale: Locale): HTMLElement => {
	const file = join(DIST, localizePath(routes.project(id), locale), 'index.html');
	expect(existsSync(file), `${file} was not built`).toBe(true);
	return parse(read(file)).querySelector('article.project')!;
};

/** The page's text that comes from the project's content file. */
function ownText(article: HTMLElement): string {
	const parts = [
		'h1',
		'.lede',
		'#highlights + ul',
		...['construction', 'market', 'conditions', 'details'].map((s) => `section[aria-labelledby="${s}"] .prose`),
	];
	return parts.flatMap((selector) => article.querySelectorAll(selector).map((el) => el.textContent)).join('\n');
}
const size = (text: string, locale: Locale) =>
	locale === 'en' ? text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length : text.replace(/\s/g, '').length;
const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length / 2;
	return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const body = (article: HTMLElement) => article.querySelector('section[aria-labelledby="details"] .prose');

describe.each([
	['zh-CN', MEDIAN_ZH_CHARS, 'characters'],
	['en', MEDIAN_EN_WORDS, 'words'],
] as const)('project pages at depth (%s)', (locale, threshold, unit) => {
	it(`have a median of at least ${threshold} ${unit} of their own text`, () => {
		const sizes = ids.map((id) => size(ownText(page(id, locale)), locale));
		// The ones below, so a failure says where writing is missing.
		const short = ids.filter((_, i) => sizes[i]! < threshold).join(', ');
		expect(median(sizes), `median of ${sizes.join(', ')}; short: ${short}`).toBeGreaterThanOrEqual(threshold);
	});

	it.each(recommended)('featured %s has a body of several paragraphs in sections', (id) => {
		const prose = body(page(id, locale));
		expect(prose, `${id} has no body`).not.toBeNull();
		expect(prose!.querySelectorAll('h3').length).toBeGreaterThanOrEqual(MIN_SECTIONS);
		const paragraphs = prose!.querySelectorAll('p').filter((p) => size(p.textContent, locale) >= (locale === 'en' ? 20 : 40));
		expect(paragraphs.length).toBeGreaterThanOrEqual(MIN_PARAGRAPHS);
	});
});

describe('featured projects in English', () => {
	it.each(recommended)('%s has the same sections as in Chinese', (id) => {
		const count = (locale: Locale) => body(page(id, locale))?.querySelectorAll('h3').length ?? 0;
		expect(count('en')).toBe(count('zh-CN'));
	});
});
