/**
 * The columns a bureau's government site must have, as built: 政府信息公开 (/open/), 互动交流
 * (/interaction/) and 网站声明 (/statement/), in both languages. Expected values come from content/
 * and from the code's own constants, never retyped.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { CARE_MODE_KEY } from '../../src/features/layout/care-mode.ts';
import { STORAGE_KEY as SHORTLIST_KEY } from '../../src/features/shortlist/shortlist.ts';
import { formatFileSize } from '../../src/lib/file-size.ts';
import { routes } from '../../src/lib/routes.ts';
import { entryCollections } from '../../src/schema/collections.ts';
import { DIST, read } from './dist-files.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const LANGS = ['', '/en'] as const;
const page = (path: string): HTMLElement => {
	const file = join(DIST, path, 'index.html');
	expect(existsSync(file), `${path} was not built`).toBe(true);
	return parse(read(file));
};
const entries = (folder: string) =>
	readdirSync(join(ROOT, 'content', folder)).filter((f) => statSync(join(ROOT, 'content', folder, f)).isDirectory());
const settings = yaml.load(readFileSync(join(ROOT, 'content/site.yaml'), 'utf8')) as {
	interaction: { url: string; platform: { 'zh-CN': string; en: string } };
};

describe.each(LANGS)('the required columns (%s)', (prefix) => {
	const lang = prefix ? 'en' : 'zh-CN';

	it('exist, each with its breadcrumbs, and 政府信息公开 and 互动交流 are in the main navigation', () => {
		const fixed = entryCollections.open.fixedIds ?? [];
		const paths = [
			routes.open,
			...fixed.map(routes.openPage),
			routes.departments,
			routes.leaders,
			routes.reports,
			...entries('reports').map(routes.report),
			routes.interaction,
			...entries('enquiries').map(routes.enquiry),
			routes.statement,
		];
		for (const path of paths) {
			const doc = page(`${prefix}${path}`);
			expect(doc.querySelector('html')!.getAttribute('lang'), path).toBe(lang);
			expect(doc.querySelector('nav.breadcrumbs [aria-current="page"]'), path).not.toBeNull();
		}
		const nav = page(`${prefix}/`)
			.querySelectorAll('.site-nav a')
			.map((a) => a.getAttribute('href'));
		expect(nav).toEqual(expect.arrayContaining([`${prefix}${routes.open}`, `${prefix}${routes.interaction}`]));
		const footer = page(`${prefix}/`)
			.querySelectorAll('.site-footer a')
			.map((a) => a.getAttribute('href'));
		expect(footer).toContain(`${prefix}${routes.statement}`);
	});

	it('show every leader with a photo that has a description', () => {
		const leaders = page(`${prefix}${routes.leaders}`).querySelectorAll('.leader');
		expect(leaders).toHaveLength(entries('leaders').length);
		for (const leader of leaders) {
			const img = leader.querySelector('img');
			expect(img?.getAttribute('alt')?.trim(), leader.querySelector('h2')?.text).toBeTruthy();
			expect(leader.querySelector('h2')?.text.trim()).toBeTruthy();
		}
	});

	it('link each annual report’s PDF, which is published, with its real size shown', () => {
		const links = page(`${prefix}${routes.reports}`).querySelectorAll('a[href^="/files/reports/"]');
		expect(links).toHaveLength(entries('reports').length);
		for (const link of links) {
			const file = join(DIST, decodeURIComponent(link.getAttribute('href')!));
			expect(existsSync(file), link.getAttribute('href')!).toBe(true);
			expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
			expect(link.text).toContain(formatFileSize(statSync(file).size));
			expect(link.text).toContain('PDF');
		}
	});

	it('list at least 8 answered enquiries, newest first, each linking to its page', () => {
		const list = page(`${prefix}${routes.interaction}`);
		const links = list.querySelectorAll('.enquiry-list h3 a').map((a) => a.getAttribute('href')!);
		expect(links.length).toBeGreaterThanOrEqual(8);
		expect(links.length).toBe(entries('enquiries').length);
		for (const href of links) expect(existsSync(join(DIST, href, 'index.html')), href).toBe(true);
		const answered = list.querySelectorAll('.enquiry-list li').map((li) => li.querySelectorAll('time')[1]!.getAttribute('datetime')!);
		expect(answered).toEqual([...answered].sort().reverse());
	});

	it('offer the enquiry platform named in content/site.yaml, and no form that posts anywhere', () => {
		for (const path of [routes.interaction, routes.enquiry(entries('enquiries')[0]!)]) {
			const doc = page(`${prefix}${path}`);
			const link = doc.querySelectorAll('.ways a').find((a) => a.getAttribute('href') === settings.interaction.url);
			expect(link?.text.trim(), path).toBe(settings.interaction.platform[prefix ? 'en' : 'zh-CN']);
			expect(doc.querySelectorAll('main form'), path).toHaveLength(0);
		}
	});

	it('index each enquiry for search, with its own type', () => {
		const type = entryCollections.enquiries.labelSingular[lang];
		for (const id of entries('enquiries')) {
			const body = page(`${prefix}${routes.enquiry(id)}`).querySelector('[data-pagefind-body]');
			expect(body, id).not.toBeNull();
			expect(body!.querySelector(`[data-pagefind-filter="type:${type}"]`), id).not.toBeNull();
		}
	});

	it('name, in the statement, the browser-storage keys the code uses', () => {
		const keys = page(`${prefix}${routes.statement}`)
			.querySelectorAll('[data-storage-key]')
			.map((k) => k.text.trim());
		expect(keys).toEqual(expect.arrayContaining([SHORTLIST_KEY, CARE_MODE_KEY]));
	});
});

it('applies the care mode from the key the toggle stores it under', () => {
	// public/care-mode.js runs before the page paints and cannot import the constant.
	expect(readFileSync(join(DIST, 'care-mode.js'), 'utf8')).toContain(`'${CARE_MODE_KEY}'`);
});
