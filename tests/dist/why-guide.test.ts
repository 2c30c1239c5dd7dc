/**
 * The why-invest page shows every figure of content/why.yaml with its source and the date it was
 * true, and draws each series as inline SVG a screen reader can name; the how-to-invest page lists
 * every step of content/guide.yaml in order, its links leading to pages that exist. Expected values
 * are read from content/, never retyped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/routes.ts';
import { DIST, read } from './dist-files.ts';

const ROOT = join(import.meta.dirname, '..', '..');
type Text = { 'zh-CN': string; en?: string };
const content = <T>(file: string) => yaml.load(readFileSync(join(ROOT, 'content', file), 'utf8'), { schema: yaml.CORE_SCHEMA }) as T;
const { figures } = content<{
	figures: { id: string; source: { name: Text; url?: string }; asOf: string; chart?: string; sample?: boolean }[];
}>('why.yaml');
const { steps } = content<{ steps: { id: string; title: Text; policies?: string[] }[] }>('guide.yaml');

const page = (path: string): HTMLElement => {
	const file = join(DIST, path, 'index.html');
	expect(existsSync(file), `${path} was not built`).toBe(true);
	return parse(read(file));
};
const text = (el: HTMLElement | null) => el?.textContent.replace(/\s+/g, ' ').trim() ?? '';
/** Each language's path prefix and the key of its text in content/. */
const LANGUAGES = [
	['', 'zh-CN'],
	['/en', 'en'],
] as const;

describe.each(LANGUAGES)('%s/why/', (prefix, lang) => {
	const doc = page(`${prefix}${routes.why}`);

	it('shows every figure once, with its source and the date it was true', () => {
		const shown = doc.querySelectorAll('[data-figure]').map((el) => el.getAttribute('data-figure'));
		expect(shown.sort()).toEqual(figures.map((f) => f.id).sort());
		for (const f of figures) {
			const el = doc.querySelector(`[data-figure="${f.id}"]`)!;
			expect(text(el.querySelector('[data-source]')), f.id).toBe(f.source.name[lang] ?? f.source.name['zh-CN']);
			if (f.source.url) expect(el.querySelector('[data-source] a')?.getAttribute('href'), f.id).toBe(f.source.url);
			expect(el.querySelector('[data-as-of] time')?.getAttribute('datetime'), f.id).toMatch(new RegExp(`^${f.asOf}`));
			expect(el.querySelector('.figure-value')?.textContent.trim(), f.id).not.toBe('');
		}
	});

	it('marks sample figures as samples, and only them', () => {
		for (const f of figures)
			expect(Boolean(doc.querySelector(`[data-figure="${f.id}"] .figure-value .badge`)), f.id).toBe(Boolean(f.sample));
	});

	it('draws each series as inline SVG with an accessible name and a description of every point', () => {
		const charted = figures.filter((f) => f.chart);
		expect(charted.length).toBeGreaterThan(0);
		for (const f of charted) {
			const svg = doc.querySelector(`[data-figure="${f.id}"] svg[role="img"]`);
			expect(svg, f.id).not.toBeNull();
			const [titleId, descId] = svg!.getAttribute('aria-labelledby')!.split(' ');
			expect(text(svg!.querySelector(`title#${titleId}`)), f.id).not.toBe('');
			expect(text(svg!.querySelector(`desc#${descId}`)), f.id).toMatch(/\d/);
			expect(svg!.getAttribute('data-chart')).toBe(f.chart);
			expect(svg!.querySelectorAll(f.chart === 'bar' ? 'rect.bar' : 'circle.point').length, f.id).toBeGreaterThanOrEqual(2);
		}
		for (const f of figures.filter((x) => !x.chart)) expect(doc.querySelector(`[data-figure="${f.id}"] svg`), f.id).toBeNull();
	});

	it('ships no script for its charts', () => {
		const scripts = doc.querySelectorAll('main script');
		expect(scripts).toEqual([]);
	});
});

describe.each(LANGUAGES)('%s/guide/', (prefix, lang) => {
	const doc = page(`${prefix}${routes.guide}`);

	it('lists every step in order, in an ordered list', () => {
		const items = doc.querySelectorAll('ol.steps > li');
		expect(items.map((li) => li.getAttribute('data-step'))).toEqual(steps.map((s) => s.id));
		expect(items.map((li) => text(li.querySelector('h3')))).toEqual(steps.map((s) => s.title[lang] ?? s.title['zh-CN']));
	});

	it('links each step’s policies, and its internal links lead to built pages', () => {
		for (const s of steps)
			for (const id of s.policies ?? [])
				expect(doc.querySelector(`[data-step="${s.id}"] a[href="${prefix}${routes.policy(id)}"]`), `${s.id} → ${id}`).not.toBeNull();
		const internal = doc
			.querySelectorAll('ol.steps a')
			.map((a) => a.getAttribute('href')!)
			.filter((href) => href.startsWith('/'));
		expect(internal.length).toBeGreaterThan(0);
		for (const href of internal) expect(existsSync(join(DIST, href, 'index.html')), href).toBe(true);
	});
});

it.each(LANGUAGES)('both pages are columns of %s/: in the main navigation and in the HTML sitemap', (prefix) => {
	const nav = page(`${prefix}/`)
		.querySelectorAll('.site-nav a')
		.map((a) => a.getAttribute('href'));
	expect(nav).toEqual(expect.arrayContaining([`${prefix}${routes.why}`, `${prefix}${routes.guide}`]));
	const sitemap = page(`${prefix}${routes.sitemap}`)
		.querySelectorAll('main a')
		.map((a) => a.getAttribute('href'));
	expect(sitemap).toEqual(expect.arrayContaining([`${prefix}${routes.why}`, `${prefix}${routes.guide}`]));
});
