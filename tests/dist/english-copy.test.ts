/**
 * English pages read as English: amounts in CNY million/billion (never “1,300 100m CNY”), a count with
 * the noun that fits it (“1 project”), phone numbers dialable from abroad, and every area or land
 * price in mu also in hectares. Each check reads the visible text of every built English page and
 * the facts its map popups show; Chinese shown there as a fallback (marked lang="zh-CN") keeps its
 * own conventions and is left out.
 */
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles, read, urlOf } from './dist-files.ts';

interface Page {
	url: string;
	doc: HTMLElement;
	/** What a reader sees: scripts, styles and Chinese fallback parts left out, map popups in, spaces collapsed. */
	text: string;
}

/** The facts a map's popups show, which the page carries as JSON (see src/features/maps/map-items.ts). */
function mapFacts(doc: HTMLElement): string[] {
	return doc.querySelectorAll('[data-map]').flatMap((el) => {
		const { items = [] } = JSON.parse(el.getAttribute('data-map')!) as { items?: { facts?: { label: string; value: string }[] }[] };
		return items.flatMap((item) => (item.facts ?? []).map((f) => `${f.label} ${f.value}.`));
	});
}

const pages: Page[] = htmlFiles(join(DIST, 'en')).map((file) => {
	const doc = parse(read(file));
	const visible = parse(read(file));
	for (const element of visible.querySelectorAll('script, style, template, [lang="zh-CN"]')) element.remove();
	// Block elements end a word: “Key facts” and the first fact must not run together.
	const body = visible.querySelectorAll('body').map((b) => b.structuredText);
	return { url: urlOf(file), doc, text: [...body, ...mapFacts(doc)].join(' ').replace(/\s+/g, ' ') };
});

/** Each page's passages that match `pattern`, with a little context, as `url: …passage…`. */
function offences(pattern: RegExp, accept: (match: RegExpExecArray, text: string) => boolean = () => false): string[] {
	const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
	return pages.flatMap(({ url, text }) =>
		[...text.matchAll(global)]
			.filter((m) => !accept(m, text))
			.map((m) => `${url}: …${text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30)}…`)
	);
}

it('finds the English pages', () => {
	expect(pages.length).toBeGreaterThan(50);
});

describe('amounts', () => {
	it('are in CNY million or billion, not in Chinese units spelt in English', () => {
		expect(offences(/\b(100m|10k|100 million|10,000) CNY\b|[亿万]\s*(元\s*)?CNY|CNY\s*[亿万]/)).toEqual([]);
	});

	it('never show 亿元 or 万元 outside Chinese fallback text', () => {
		expect(offences(/[亿万]元/)).toEqual([]);
	});
});

describe('counts', () => {
	// A count of one with a plural noun: “1 items”, “1 matching projects”, “1 bureau leaders”.
	const nouns = 'items|projects|results|parks|policies|news items|departments|leaders|places|days|enterprises|companies';
	it('agree with their noun (“1 project”, not “1 projects”)', () => {
		expect(offences(new RegExp(`(?<![\\d.,])\\b1 (?:[a-z]+ )?(?:${nouns})\\b`))).toEqual([]);
	});
});

describe('phone numbers', () => {
	// Short service numbers (12345, 12366) have no international form: they are dialled only in China.
	const dialable = /^tel:(\+86\d{7,12}(;ext=\d+)?|1\d{4})$/;

	it('link in international form (tel:+86…)', () => {
		const links = pages.flatMap(({ url, doc }) =>
			doc
				.querySelectorAll('a[href^="tel:"]')
				.map((a) => a.getAttribute('href')!)
				.filter((href) => !dialable.test(href))
				.map((href) => `${url}: ${href}`)
		);
		expect(links).toEqual([]);
	});

	it('are shown with +86 and without the area code’s leading 0', () => {
		// Hyphens may be non-breaking (U+2011) so that a number never breaks across lines.
		expect(offences(/(?<![\d+])0\d{2,3}[-\u2011 ]\d{7,8}\b/)).toEqual([]);
	});
});

describe('land', () => {
	// A figure in mu (an area, or a price per mu) must have its hectare (or m²) equivalent close by.
	const metric = /\d\s*(ha|hectares?|m²)\b|per (hectare|m²)/;
	it('figures in mu come with hectares', () => {
		expect(
			offences(/\d[\d,.]*(\s*[-–]\s*\d[\d,.]*)?(\s+(million|billion))?(\s*(CNY|yuan))?\s*(-\s*|\s+per\s+|\/)?mu\b/, (m, text) =>
				metric.test(text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 80))
			)
		).toEqual([]);
	});
});
