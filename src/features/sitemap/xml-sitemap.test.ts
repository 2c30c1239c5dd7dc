import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { robotsTxt } from './robots.ts';
import { entryDates, isListed, lastModified, sitemapOptions } from './xml-sitemap.ts';

const FIXTURE_ROOT = join(import.meta.dirname, '../../../tests/fixtures');

describe('XML sitemap', () => {
	it.each([
		'/search/',
		'/en/search/',
		'/shortlist/',
		'/compare/',
		'/en/compare/',
		'/expo/ciie-2026/poster/',
		'/en/expo/ciie-2026/poster/',
		'/404/',
	])('leaves out %s, a tool, not content', (path) => {
		expect(isListed(`https://x.example${path}`)).toBe(false);
	});

	it.each(['/', '/en/', '/expo/ciie-2026/', '/news/tea/', '/sitemap/'])('lists %s', (path) => {
		expect(isListed(`https://x.example${path}`)).toBe(true);
	});

	it('dates each page by its entry, and its columns and the home page by their newest entry', () => {
		const dates = lastModified([
			{ path: '/news/a/', date: '2025-11-01' },
			{ path: '/news/b/', date: '2025-11-24 16:00' },
			{ path: '/parks/p/', date: '2024-01-01' },
		]);
		expect(dates.get('/news/a/')).toBe('2025-11-01');
		expect(dates.get('/news/')).toBe('2025-11-24T16:00+08:00');
		expect(dates.get('/parks/')).toBe('2024-01-01');
		expect(dates.get('/')).toBe('2025-11-24T16:00+08:00');
		expect(dates.has('/parks/map/')).toBe(false);
	});

	it('reads entries’ dates from content/: updated, else published, also for the terms they refer to', () => {
		const dates = new Map(entryDates(FIXTURE_ROOT).map((d) => [d.path, d.date]));
		expect(dates.get('/news/2026-01-test-news/')).toBe('2026-01-10 08:00');
		expect(dates.get('/policies/interpretations/new-policy-qa/')).toBe('2024-01-05');
		expect([...dates.keys()].some((p) => p.startsWith('/industries/'))).toBe(true);
		expect(dates.has('/about/')).toBe(false);
	});

	it('gives a page its date in both languages', () => {
		const { serialize } = sitemapOptions(FIXTURE_ROOT);
		const item = (url: string): { url: string; lastmod?: string } => ({ url });
		expect(serialize(item('https://test.example/en/news/2026-01-test-news/')).lastmod).toBe('2026-01-10T08:00+08:00');
		expect(serialize(item('https://test.example/about/')).lastmod).toBeUndefined();
	});
});

describe('robots.txt', () => {
	it('keeps crawlers out of the CMS and names the sitemap by its absolute URL', () => {
		expect(robotsTxt('https://invest.yunnan.example')).toBe(
			'User-agent: *\nDisallow: /admin/\n\nSitemap: https://invest.yunnan.example/sitemap-index.xml\n'
		);
	});
});
