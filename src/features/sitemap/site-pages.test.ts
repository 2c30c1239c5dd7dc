import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../catalogue/catalogue.ts';
import { sitemapGroups, sitePages } from './site-pages.ts';

const localized = (id: string, title: string, untranslated: string[] = []) => ({ id, locale: 'en', untranslated, data: { title } });

const catalogue = {
	locale: 'en',
	projects: [localized('yn-2026-0001', 'Battery plant')],
	parks: [localized('dianzhong', 'Dianzhong New Area')],
	policies: [localized('measures', '措施', ['title'])],
	interpretations: [localized('measures-qa', 'Q&A')],
	news: [localized('tea', 'Tea')],
	leaders: [localized('zhang', 'Zhang Moumou')],
	reports: [localized('2025-website-report', 'Website report 2025')],
	enquiries: [localized('land-lease', 'Can we lease park land?')],
	page: (id: string) => localized(id, 'About us'),
	openPage: (id: string) => localized(id, 'Guide'),
	industries: [{ id: 'tea', name: { 'zh-CN': '茶', en: 'Tea' } }],
	prefectures: [{ id: 'puer', name: { 'zh-CN': '普洱市' } }],
	expos: [{ id: 'ciie', name: { 'zh-CN': '进博会', en: 'CIIE' } }],
} as unknown as Catalogue;

describe('HTML sitemap', () => {
	const pages = sitePages(catalogue);

	it('lists the page of every entry and term, with its title in the page’s language or marked Chinese', () => {
		expect(pages.map((p) => p.path)).toEqual([
			'/parks/dianzhong/',
			'/projects/yn-2026-0001/',
			'/policies/measures/',
			'/policies/interpretations/measures-qa/',
			'/news/tea/',
			'/about/',
			'/statement/',
			'/why/',
			'/guide/',
			'/open/guide/',
			'/open/rules/',
			'/open/functions/',
			'/open/leaders/#leader-zhang',
			'/open/reports/2025-website-report/',
			'/interaction/land-lease/',
			'/industries/tea/',
			'/prefectures/puer/',
			'/expo/ciie/',
		]);
		expect(pages.find((p) => p.path === '/policies/measures/')).toEqual({ path: '/policies/measures/', title: '措施', lang: 'zh-CN' });
		expect(pages.find((p) => p.path === '/prefectures/puer/')).toMatchObject({ title: '普洱市', lang: 'zh-CN' });
		expect(pages.find((p) => p.path === '/industries/tea/')).toMatchObject({ title: 'Tea', lang: undefined });
	});

	it('groups pages under their innermost column, every column listed, pages in none last', () => {
		const groups = sitemapGroups(pages);
		const byColumn = Object.fromEntries(groups.map((g) => [g.column?.id ?? 'other', g.links.map((l) => l.path)]));
		expect(byColumn.parks).toEqual(['/parks/dianzhong/']);
		expect(byColumn.news).toEqual(['/news/tea/']);
		expect(byColumn.expo).toEqual(['/expo/ciie/']);
		expect(byColumn.map).toEqual([]);
		expect(byColumn.other).toEqual(['/about/', '/statement/']);
		// A column's own page (why invest, how to invest) is listed under its column.
		expect(byColumn.why).toEqual(['/why/']);
		expect(byColumn.guide).toEqual(['/guide/']);
		expect(byColumn.interaction).toEqual(['/interaction/land-lease/']);
		expect(byColumn.reports).toEqual(['/open/reports/2025-website-report/']);
		expect(groups.at(-1)!.column).toBeUndefined();
		expect(groups.filter((g) => g.column).length).toBeGreaterThanOrEqual(10);
	});
});
