/** robots.txt, the XML sitemap for search engines and the HTML 网站地图 for people. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readSiteSettings } from '../../src/catalogue/site.ts';
import { DIST, htmlFiles, read, urlOf } from './dist-files.ts';

const site = readSiteSettings();
const origin = new URL(site.url).origin;
/** Pages that are tools rather than content (search, the shortlist, the compare table, posters), and never go in a sitemap. */
const UTILITY = /^(\/en)?\/(search|shortlist|compare|expo\/[^/]+\/poster)\/$|^\/404/;
/** The CMS, published with the site but no page of it. */
const CMS = /^\/admin\//;

describe('robots.txt', () => {
	it('keeps crawlers out of the CMS and names the sitemap', () => {
		const robots = read(join(DIST, 'robots.txt'));
		expect(robots).toMatch(/^User-agent: \*$/m);
		expect(robots).toMatch(/^Disallow: \/admin\/$/m);
		expect(robots).toMatch(new RegExp(`^Sitemap: ${origin}/sitemap-index\\.xml$`, 'm'));
	});
});

describe('XML sitemap', () => {
	const xml = readdirSync(DIST)
		.filter((f) => /^sitemap-\d+\.xml$/.test(f))
		.map((f) => read(join(DIST, f)))
		.join('');
	const urls = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map(([, loc, lastmod]) => ({
		path: new URL(loc!).pathname,
		lastmod,
	}));

	it('is listed in the index', () => {
		expect(read(join(DIST, 'sitemap-index.xml'))).toContain(`${origin}/sitemap-0.xml`);
		expect(urls.length).toBeGreaterThan(100);
	});

	it('leaves out search, the shortlist, posters and the 404 page', () => {
		expect(urls.filter((u) => UTILITY.test(u.path)).map((u) => u.path)).toEqual([]);
	});

	it('dates every entry page, its column and the home page', () => {
		// Entries' pages, not further list pages nor the park map (a column of its own).
		const entry = /^(\/en)?\/(projects|parks|policies|policies\/interpretations|news)\/(?!\d+\/|map\/)[^/]+\/$/;
		const undated = urls.filter((u) => (entry.test(u.path) || /^(\/en)?\/(news|policies|projects)?\/?$/.test(u.path)) && !u.lastmod);
		expect(undated.map((u) => u.path)).toEqual([]);
		for (const { lastmod } of urls) if (lastmod) expect(Number.isNaN(Date.parse(lastmod)), lastmod).toBe(false);
	});
});

describe('HTML sitemap', () => {
	for (const prefix of ['', '/en']) {
		it(`at ${prefix}/sitemap/ links every page of ${prefix ? 'English' : 'Chinese'} content in dist`, () => {
			const sitemap = parse(read(join(DIST, prefix, 'sitemap/index.html')));
			const linked = new Set(sitemap.querySelectorAll('main a').map((a) => a.getAttribute('href')));
			const pages = htmlFiles()
				.map(urlOf)
				.filter((url) => (prefix ? url.startsWith('/en/') : !url.startsWith('/en/')))
				// The home page, the sitemap itself, tools and the further pages of paginated lists.
				.filter(
					(url) => url !== `${prefix}/` && url !== `${prefix}/sitemap/` && !UTILITY.test(url) && !CMS.test(url) && !/\/\d+\/$/.test(url)
				);
			expect(pages.length).toBeGreaterThan(50);
			expect(pages.filter((url) => !linked.has(url))).toEqual([]);
		});
	}

	it('groups pages under their column', () => {
		const sitemap = parse(read(join(DIST, 'sitemap/index.html')));
		const news = sitemap.querySelectorAll('section').find((s) => s.querySelector('h2 a')?.getAttribute('href') === '/news/')!;
		expect(news.querySelectorAll('li a').length).toBeGreaterThan(5);
		for (const a of news.querySelectorAll('li a')) expect(a.getAttribute('href')).toMatch(/^\/news\/[^/]+\/$/);
	});
});
