/**
 * Success stories as built: every story has its page in both languages, with the investment in
 * units its readers know, and is linked from the pages of its park, industry and prefecture; the
 * list links every story; open data carries them. Expected values come from content/ and the schema.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { localizePath } from '../../src/i18n/routing.ts';
import { formatMeasure } from '../../src/lib/measure.ts';
import { routes } from '../../src/lib/routes.ts';
import { cases, type CaseData } from '../../src/schema/collections.ts';
import { LOCALES, type Locale } from '../../src/schema/fields.ts';
import { DIST, read } from './dist-files.ts';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');
const front = (id: string): CaseData =>
	yaml.load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(CONTENT, 'cases', id, 'index.zh-CN.md'), 'utf8'))![1]!) as CaseData;
const stories = readdirSync(join(CONTENT, 'cases')).map((id) => ({ id, data: front(id) }));
const page = (path: string, locale: Locale): HTMLElement => {
	const file = join(DIST, localizePath(path, locale), 'index.html');
	expect(existsSync(file), `${file} was not built`).toBe(true);
	return parse(read(file));
};
const text = (el: HTMLElement | null) => el?.textContent.replace(/\s+/g, ' ').trim() ?? '';
/** Whether a page links a story, by its localized path. */
const links = (doc: HTMLElement, path: string) => doc.querySelectorAll('a').some((a) => a.getAttribute('href') === path);

describe('success stories in the sample', () => {
	it('are at least five, each about a park, an industry or a prefecture the site has', () => {
		expect(stories.length).toBeGreaterThanOrEqual(5);
	});
});

describe.each(LOCALES)('success stories (%s)', (locale) => {
	it.each(stories.map((s) => [s.id, s] as const))('%s has its page, with its investment in the reader’s units', (_, s) => {
		const doc = page(routes.case(s.id), locale);
		expect(doc.querySelector('html')?.getAttribute('lang')).toBe(locale);
		expect(text(doc.querySelector('h1')).length).toBeGreaterThan(0);
		expect(doc.querySelectorAll('#case-support + ul li')).toHaveLength(s.data.support.length);
		if (s.data.investment !== undefined)
			expect(text(doc.querySelector('section[aria-labelledby="case-facts"]'))).toContain(
				formatMeasure(s.data.investment, cases.fields.investment.unit, locale)
			);
	});

	it.each(stories.map((s) => [s.id, s] as const))('%s is linked from its park, industry and prefecture pages and the list', (_, s) => {
		const target = localizePath(routes.case(s.id), locale);
		const from = [
			routes.cases,
			routes.industry(s.data.industry),
			routes.prefecture(s.data.prefecture),
			...(s.data.park ? [routes.park(s.data.park)] : []),
		];
		for (const path of from) expect(links(page(path, locale), target), `${localizePath(path, locale)} does not link ${target}`).toBe(true);
	});
});

describe('success stories in open data', () => {
	it('are a data set in JSON and CSV, both languages side by side', () => {
		const json = JSON.parse(read(join(DIST, 'data', 'cases.json'))) as { count: number; items: Record<string, unknown>[] };
		expect(json.count).toBe(stories.length);
		const row = json.items.find((r) => r.id === stories[0]!.id)!;
		expect(row).toMatchObject({ industry: stories[0]!.data.industry, year: stories[0]!.data.year });
		expect(row.title_en).toBeTruthy();
		expect(row.investor_en).toBeTruthy();
		const csv = read(join(DIST, 'data', 'cases.csv'));
		expect(csv.split('\r\n')[0]).toContain('investment_10k_cny');
		for (const s of stories) expect(csv).toContain(s.id);
	});
});
