import { describe, expect, it } from 'vitest';
import { metaTags, pubDate, siteDomain, splitKeywords, type ArticleMeta, type PageMeta } from './page-meta.ts';

const site = { name: '云南省投资促进局', domain: 'invest.yunnan.example', idCode: '5300000000' };
const column = { name: '招商动态', description: '全省投资促进工作的最新进展。', keywords: ['招商动态', '云南省'], type: '信息发布' };
const article: ArticleMeta = {
	title: '引进饮品龙头',
	published: '2025-11-24 16:00',
	source: '云南日报',
	author: '云南日报',
	keywords: ['绿色食品加工', '普洱市'],
	description: '农夫山泉落户云南。',
	image: 'https://invest.yunnan.example/_astro/cover.jpg',
	url: 'https://invest.yunnan.example/news/tea/',
};
const names = (meta: PageMeta) => metaTags(meta).map((m) => m.name);

describe('page metadata of the 网页设计规范', () => {
	it('names the site on every page, and only the site where the page is in no column', () => {
		expect(metaTags({ site })).toEqual([
			{ name: 'SiteName', content: '云南省投资促进局' },
			{ name: 'SiteDomain', content: 'invest.yunnan.example' },
			{ name: 'SiteIDCode', content: '5300000000' },
		]);
	});

	it('adds the column, then the article, in the order the norm lists them', () => {
		expect(names({ site, column, article })).toEqual([
			'SiteName',
			'SiteDomain',
			'SiteIDCode',
			'ColumnName',
			'ColumnDescription',
			'ColumnKeywords',
			'ColumnType',
			'ArticleTitle',
			'PubDate',
			'ContentSource',
			'Keywords',
			'Author',
			'Description',
			'Image',
			'Url',
		]);
		const tags = Object.fromEntries(metaTags({ site, column, article }).map((m) => [m.name, m.content]));
		expect(tags).toMatchObject({ ColumnKeywords: '招商动态,云南省', PubDate: '2025-11-24 16:00', Keywords: '绿色食品加工,普洱市' });
	});

	it('leaves out what the page lacks instead of writing an empty tag', () => {
		const tags = names({ site: { ...site, idCode: undefined }, column, article: { ...article, image: undefined, keywords: ['', ' '] } });
		expect(tags).not.toContain('SiteIDCode');
		expect(tags).not.toContain('Image');
		expect(tags).not.toContain('Keywords');
		expect(tags).toContain('Url');
	});

	it('writes each value on one line and each keyword once', () => {
		const [description] = metaTags({
			site,
			column: { ...column, description: '第一行\n  第二行 ', keywords: ['云南', ' 云南', '园区'] },
		}).filter((m) => m.name === 'ColumnDescription' || m.name === 'ColumnKeywords');
		expect(description).toEqual({ name: 'ColumnDescription', content: '第一行 第二行' });
		expect(
			metaTags({ site, article: { ...article, source: '国家发展改革委\u3000商务部' } }).find((m) => m.name === 'ContentSource')!.content
		).toBe('国家发展改革委\u3000商务部');
		expect(
			metaTags({ site, column: { ...column, keywords: ['云南', ' 云南', '园区'] } }).find((m) => m.name === 'ColumnKeywords')!.content
		).toBe('云南,园区');
	});
});

describe('value formats', () => {
	it.each([
		['2025-11-24 16:00', '2025-11-24 16:00'],
		// Midnight for a date without a time.
		['2025-11-24', '2025-11-24 00:00'],
	])('gives PubDate %s as YYYY-MM-DD HH:MM: %s', (date, shown) => {
		expect(pubDate(date)).toBe(shown);
	});

	it.each([
		['https://invest.yunnan.example', 'invest.yunnan.example'],
		['https://tzcj.yn.gov.cn:8443/path/', 'tzcj.yn.gov.cn:8443'],
	])('gives the domain of %s as the host of the site URL: %s', (url, domain) => {
		expect(siteDomain(url)).toBe(domain);
	});

	it('splits keywords at any comma, 、 or semicolon', () => {
		expect(splitKeywords('招商，园区,产业、政策；云南')).toEqual(['招商', '园区', '产业', '政策', '云南']);
		expect(splitKeywords(undefined)).toEqual(['']);
	});
});
