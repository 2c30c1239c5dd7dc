/**
 * What a government-website inspection looks for on every page: the metadata of the 网页设计规范,
 * the 当前位置 breadcrumbs, and the footer's identity (badge, 公安备案 icon, related sites).
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readSiteSettings } from '../../src/catalogue/site.ts';
import { readTaxonomies } from '../../src/catalogue/taxonomies.ts';
import { splitKeywords } from '../../src/features/layout/page-meta.ts';
import { pick } from '../../src/lib/translation.ts';
import { loadContent, validEntries } from '../../src/content-check/load.ts';
import { entryPages } from '../../src/lib/routes.ts';
import { htmlFiles, read, urlOf } from './dist-files.ts';

const site = readSiteSettings();
// The site's pages; /admin/ is the CMS's.
const pages = htmlFiles()
	.map((file) => ({ url: urlOf(file), doc: parse(read(file)) }))
	.filter((p) => !p.url.startsWith('/admin/'));
const meta = (doc: HTMLElement, name: string) => doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
const isHome = (url: string) => url === '/' || url === '/en/';

describe('page metadata of the 网页设计规范', () => {
	it('names the site on every page', () => {
		const wrong = pages.flatMap(({ url, doc }) => {
			const expected = {
				SiteName: site.name[url.startsWith('/en/') ? 'en' : 'zh-CN'],
				SiteDomain: new URL(site.url).host,
				SiteIDCode: site.footer.siteCode,
			};
			return Object.entries(expected).flatMap(([name, value]) => (meta(doc, name) === value ? [] : [`${url} ${name}=${meta(doc, name)}`]));
		});
		expect(wrong).toEqual([]);
	});

	it('gives every page one description, whatever its case', () => {
		const wrong = pages.filter(
			({ doc }) => doc.querySelectorAll('meta').filter((m) => m.getAttribute('name')?.toLowerCase() === 'description').length !== 1
		);
		expect(wrong.map((p) => p.url)).toEqual([]);
	});

	it('describes the column on column and entry pages', () => {
		for (const url of ['/projects/', '/en/parks/map/', '/news/', '/policies/']) {
			const { doc } = pages.find((p) => p.url === url)!;
			for (const name of ['ColumnName', 'ColumnDescription', 'ColumnKeywords', 'ColumnType'])
				expect(meta(doc, name), `${url} ${name}`).toBeTruthy();
		}
		// The bureau's keywords where it wrote some (content/columns.yaml), in the page's language.
		const projects = readTaxonomies().columns.find((c) => c.id === 'projects')!;
		for (const [url, locale] of [
			['/projects/', 'zh-CN'],
			['/en/projects/', 'en'],
		] as const)
			expect(meta(pages.find((p) => p.url === url)!.doc, 'ColumnKeywords'), url).toBe(
				splitKeywords(pick(projects.keywords, locale)).join(',')
			);
		const entryPagesWithout = pages.filter(
			({ url, doc }) => /^(\/en)?\/(projects|parks|policies|news|cases)\/[^/]+\/$/.test(url) && !meta(doc, 'ColumnName')
		);
		expect(entryPagesWithout.map((p) => p.url)).toEqual([]);
	});

	it('describes policies, interpretations, news and success stories as articles, from their entries', () => {
		const articles = validEntries(loadContent(process.cwd())).filter((e) =>
			['policies', 'interpretations', 'news', 'cases'].includes(e.collection.name)
		);
		expect(articles.length).toBeGreaterThan(10);
		for (const e of articles) {
			const path = entryPages[e.collection.name as 'policies'](e.id);
			const zh = pages.find((p) => p.url === path)!.doc;
			const en = pages.find((p) => p.url === `/en${path}`)!.doc;
			const data = e.data as { title: string; summary: string; published: string; issuer?: string; source?: string };
			expect(meta(zh, 'ArticleTitle'), path).toBe(data.title);
			expect(meta(zh, 'Description'), path).toBe(data.summary.replace(/\n\s*/g, ' ').trim());
			expect(meta(zh, 'PubDate'), path).toBe(data.published.length > 10 ? data.published : `${data.published} 00:00`);
			expect(meta(zh, 'ContentSource'), path).toBe(data.issuer ?? data.source ?? site.name['zh-CN']);
			expect(meta(zh, 'Url'), path).toBe(new URL(path, site.url).href);
			for (const name of ['Keywords', 'Author']) expect(meta(zh, name), `${path} ${name}`).toBeTruthy();
			// The English page says the same of the same article, in English where it is translated.
			expect(meta(en, 'PubDate'), path).toBe(meta(zh, 'PubDate'));
			expect(meta(en, 'ArticleTitle'), path).toBe(en.querySelector('h1')!.text.trim());
			expect(meta(en, 'Url'), path).toBe(new URL(`/en${path}`, site.url).href);
		}
	});

	it('gives an article with a cover its image, and other pages no article metadata', () => {
		const withImage = pages.filter(({ doc }) => meta(doc, 'Image'));
		expect(withImage.length).toBeGreaterThan(0);
		for (const { url, doc } of withImage)
			expect(meta(doc, 'Image'), url).toMatch(new RegExp(`^${new URL(site.url).origin}/_astro/.+\\.jpg$`));
		const stray = pages.filter(({ url, doc }) => meta(doc, 'ArticleTitle') && !/\/(policies|news|cases)\//.test(url));
		expect(stray.map((p) => p.url)).toEqual([]);
	});
});

describe('当前位置 breadcrumbs', () => {
	it('are on every page but the home page, ending at the page itself', () => {
		const wrong = pages.flatMap(({ url, doc }) => {
			const nav = doc.querySelector('nav.breadcrumbs');
			if (isHome(url)) return nav ? [`${url}: has breadcrumbs`] : [];
			if (!nav) return [`${url}: none`];
			const first = nav.querySelector('li a')?.getAttribute('href');
			const current = nav.querySelector('li[aria-current="page"]');
			return first === (url.startsWith('/en/') ? '/en/' : '/') && current ? [] : [`${url}: ${nav.outerHTML}`];
		});
		expect(wrong).toEqual([]);
	});

	it('lead through the column above the page', () => {
		const crumbs = (url: string) =>
			pages
				.find((p) => p.url === url)!
				.doc.querySelectorAll('nav.breadcrumbs li a')
				.map((a) => a.getAttribute('href'));
		expect(crumbs('/parks/map/')).toEqual(['/', '/parks/']);
		expect(crumbs('/en/news/')).toEqual(['/en/']);
		const news = pages.find((p) => /^\/news\/[^/]+\/$/.test(p.url) && !/^\/news\/\d+\/$/.test(p.url))!;
		expect(crumbs(news.url)).toEqual(['/', '/news/']);
	});
});

describe('footer identity', () => {
	it('shows the 党政机关网站标识 linked to its verification page, and the 公安备案 icon before the number, on every page', () => {
		const { partyBadgeId, psbCode, psb } = site.footer;
		const wrong = pages.flatMap(({ url, doc }) => {
			const footer = doc.querySelector('footer.site-footer')!;
			const badge = footer.querySelector(`a[href="https://bszs.conac.cn/sitename?method=show&id=${partyBadgeId}"] img`);
			const filing = footer.querySelector(`a[href*="beian.mps.gov.cn"][href$="${psbCode}"]`);
			const ok = badge?.getAttribute('alt') && filing?.firstChild?.rawTagName === 'img' && filing.text.trim() === psb;
			return ok ? [] : [url];
		});
		expect(wrong).toEqual([]);
	});

	it('links the related sites from site.yaml and the HTML sitemap', () => {
		for (const { url, doc } of pages) {
			const hrefs = doc.querySelectorAll('footer.site-footer a').map((a) => a.getAttribute('href'));
			expect(hrefs, url).toEqual(
				expect.arrayContaining([...site.relatedSites.map((s) => s.url), url.startsWith('/en/') ? '/en/sitemap/' : '/sitemap/'])
			);
		}
	});
});
