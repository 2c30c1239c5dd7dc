import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'node-html-parser';
import { idOf, openData, RESULTS_PAGE, searchOutcome, type ProjectRow } from './helpers.ts';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

const indexed = new Map<string, Map<string, string>>();
/** Text of every indexed page of a language, read from the built HTML: what a reader could find. */
function indexedPages(lang: 'zh-CN' | 'en'): Map<string, string> {
	const cached = indexed.get(lang);
	if (cached) return cached;
	const pages = new Map<string, string>();
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name === 'index.html') {
				const html = readFileSync(path, 'utf8');
				if (!html.includes(`<html lang="${lang}"`)) continue;
				const body = parse(html).querySelector('[data-pagefind-body]');
				if (!body) continue;
				// The page's keywords (aliases, pinyin) are indexed, though hidden (see keywords.ts).
				const keywords = body.querySelector('[data-search-keywords]')?.textContent ?? '';
				// What Pagefind indexes: the body without the parts marked to ignore.
				for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
				pages.set(`/${dir.slice(DIST.length + 1)}/`.replace('//', '/'), `${body.textContent} ${keywords}`);
			}
		}
	};
	walk(DIST);
	indexed.set(lang, pages);
	return pages;
}

/** All result URLs of a query through the site's own search page, loading every page of results. */
async function searchAll(page: Page, path: string): Promise<string[]> {
	await page.goto(path);
	const total = await searchOutcome(page);
	const links = page.locator('[data-results] h2 a');
	for (let shown = Math.min(total, RESULTS_PAGE); shown < total;) {
		shown = Math.min(total, shown + RESULTS_PAGE);
		await page.locator('[data-more]').click();
		// Each click adds exactly one page: wait for that count itself, then check that no more
		// cards follow once the list has settled (it is busy while a page arrives in parts).
		await expect(links).toHaveCount(shown);
		await expect(page.locator('[data-results]')).not.toHaveAttribute('aria-busy', 'true');
		expect(await links.count()).toBe(shown);
	}
	return links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

const ZH_QUERIES = [
	'铝',
	'文旅',
	'储能',
	'光伏',
	'绿色铝',
	'新能源电池',
	'负面清单',
	'标准厂房',
	'瑞丽',
	'磨憨',
	'楚雄',
	'5G',
	'BOPP',
	'500强',
	'文山州',
	'红河州',
	'南博会',
	'投诉',
	'kunming',
	'ruili',
	'aluminum',
	'PV',
];
const EN_QUERIES = ['aluminium', 'storage', 'Ruili', 'textile', 'negative list', 'tea', 'aluminum', 'PV', 'CIIE', 'complaint'];

// One test per query, so each has its own time budget and a failure names its query.
test.describe('queries find the pages that contain them', () => {
	for (const [lang, prefix, queries] of [
		['zh-CN', '', ZH_QUERIES],
		['en', '/en', EN_QUERIES],
	] as const) {
		for (const q of queries) {
			test(`${lang}: ${q}`, async ({ page }) => {
				const pages = indexedPages(lang);
				expect(pages.size).toBeGreaterThan(10);
				// Chinese readers expect any page containing the characters; Latin queries match whole words.
				const contains = /\p{Script=Han}/u.test(q)
					? (text: string) => text.includes(q)
					: (text: string) => new RegExp(`\\b${q}\\b`, 'i').test(text);
				const containing = [...pages].filter(([, text]) => contains(text)).map(([url]) => url);
				test.skip(containing.length === 0, `the sample content does not use “${q}”`);
				const found = await searchAll(page, `${prefix}/search/?q=${encodeURIComponent(q)}`);
				const missed = containing.filter((url) => !found.includes(url));
				expect(missed, `“${q}” missed pages that contain it`).toEqual([]);
				if (/\p{Script=Han}/u.test(q)) {
					const strays = found.filter((url) => !containing.includes(url));
					expect(strays, `“${q}” found pages that do not contain it`).toEqual([]);
					const marked = await page.locator('[data-results] mark').allTextContents();
					expect(
						marked.filter((m) => m.replace(/\s/g, '') !== q),
						`“${q}” highlighted other text`
					).toEqual([]);
				}
			});
		}
	}
});

test('facets narrow and widen results, and the URL keeps the state through reload and back', async ({ page }) => {
	const all = await searchAll(page, '/search/?q=%E9%A1%B9%E7%9B%AE'); // 项目
	expect(all.length).toBeGreaterThan(3);
	const typeBox = page.locator('[data-facet=type] input[value="招商项目"]');
	await typeBox.check();
	// The URL changes in the same step that starts the narrowed search, so the outcome awaited next is its own.
	await expect(page).toHaveURL(/type=%E6%8B%9B%E5%95%86%E9%A1%B9%E7%9B%AE/);
	const narrowCount = await searchOutcome(page);
	// Projects show as the project list's cards.
	await expect(page.locator('[data-results] > li')).not.toHaveCount(0);
	await expect(page.locator('[data-results] > li:not(:has(.project-card))')).toHaveCount(0);
	expect(narrowCount).toBeLessThan(all.length);

	await page.reload();
	await expect(typeBox).toBeChecked();
	await expect(page.locator('#search-q')).toHaveValue('项目');
	await expect(page.locator('[data-status]')).toHaveText(`找到 ${narrowCount} 条结果`);

	await page.goBack();
	await expect(typeBox).not.toBeChecked();
	await expect(page.locator('[data-status]')).toHaveText(`找到 ${all.length} 条结果`);
});

test('facets are closed on phones and open beside the results on wide screens', async ({ page }) => {
	for (const [width, open] of [
		[412, false],
		[1280, true],
	] as const) {
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/search/?q=%E5%82%A8%E8%83%BD');
		await expect(page.locator('[data-status]')).toHaveText(/找到 \d+ 条结果/);
		await expect(page.locator('details[data-facets]'), `${width} px`).toHaveJSProperty('open', open);
	}
});

test('a search without results suggests removing filters', async ({ page }) => {
	await page.goto('/search/?q=%E9%A1%B9%E7%9B%AE&type=%E5%8A%A8%E6%80%81&stage=%E7%AD%96%E5%88%92'); // 项目, 动态 + 策划 cannot both hold
	await expect(page.locator('[data-status]')).toHaveText('没有找到符合条件的结果。');
	const suggestions = page.locator('[data-active-filters] button');
	await expect(suggestions).toHaveCount(2);
	await suggestions.filter({ hasText: '策划' }).click();
	await expect(page).not.toHaveURL(/stage=/);
});

test('an English result shown in Chinese, for want of a translation, is marked as Chinese', async ({ page, request }) => {
	const projects = await openData<ProjectRow>(request, 'projects');
	const untranslated = projects.find((p) => p.title_en === p.title_zh);
	const translated = projects.find((p) => p.title_en !== p.title_zh)!;
	expect(untranslated, 'the sample content keeps one project untranslated').toBeDefined();
	const resultTitle = async (project: ProjectRow) => {
		await page.goto(`/en/search/?q=${encodeURIComponent(project.code)}`);
		const link = page.locator('[data-results] h2 a', { hasText: project.title_en });
		await expect(link).toBeVisible();
		return link;
	};
	// As on the server's cards, the title itself carries the language.
	await expect(await resultTitle(untranslated!)).toHaveAttribute('lang', 'zh-CN');
	const title = await resultTitle(translated);
	await expect(title).not.toHaveAttribute('lang');
	await expect(title.locator('[lang]')).toHaveCount(0);
});

test('sorting by investment puts the largest project first', async ({ page, request }) => {
	const projects = await openData<ProjectRow>(request, 'projects');
	const largest = [...projects].sort((a, b) => b.investment_10k_cny - a.investment_10k_cny)[0]!;
	await page.goto('/search/?type=%E6%8B%9B%E5%95%86%E9%A1%B9%E7%9B%AE&sort=investment');
	await expect(page.locator('[data-results] h2 a').first()).toHaveText(largest.title_zh);
});

test('the header search box leads to the search page; Pagefind loads only there', async ({ page }) => {
	const pagefindRequests: string[] = [];
	page.on('request', (r) => r.url().includes('/pagefind/') && pagefindRequests.push(r.url()));
	await page.goto('/projects/');
	expect(pagefindRequests).toEqual([]);
	await page.getByRole('searchbox', { name: '搜索项目、园区、政策' }).first().fill('储能');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/search\/\?q=%E5%82%A8%E8%83%BD/);
	await expect(page.locator('[data-status]')).toHaveText(/找到 \d+ 条结果/);
	expect(pagefindRequests.length).toBeGreaterThan(0);
});

test('the empty search page runs its warm-up search unseen', async ({ page }) => {
	const fragment = page.waitForRequest((r) => r.url().includes('/pagefind/fragment/'));
	await page.goto('/search/');
	await fragment;
	await expect(page.locator('[data-status]')).toHaveText('输入关键词或选择筛选条件开始搜索。');
	await expect(page.locator('[data-results] li')).toHaveCount(0);
	await expect(page).toHaveURL(/\/search\/$/);
});

test('a phone loads the facet counts only when the reader opens the facets, and they are right', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	const filterRequests: string[] = [];
	page.on('request', (r) => r.url().includes('/pagefind/filter/') && filterRequests.push(r.url()));
	await page.goto('/search/?q=%E5%82%A8%E8%83%BD'); // 储能
	await expect(page.locator('[data-status]')).toHaveText(/找到 \d+ 条结果/);
	const projects = page.locator('[data-facet=type] label').filter({ has: page.locator('input[value="招商项目"]') });
	await expect(projects.locator('[data-count]')).toHaveText('');
	expect(filterRequests).toEqual([]);

	await page.locator('details[data-facets] > summary').click();
	await expect(projects.locator('[data-count]')).toHaveText(/^\d+$/);
	expect(filterRequests.length).toBeGreaterThan(0);
	const count = await projects.locator('[data-count]').textContent();
	await projects.locator('input').check();
	await expect(page.locator('[data-status]')).toHaveText(`找到 ${count} 条结果`);
});

test('the project list filters by industry without reloading the page', async ({ page, request }) => {
	const projects = await openData<ProjectRow>(request, 'projects');
	const sample = projects[0]!;
	const card = (await (await request.get(`/data/projects/${idOf(sample.code)}.json`)).json()) as { 'zh-CN': { industry: string } };
	const expected = projects.filter((p) => p.industry === sample.industry).length;
	await page.goto('/projects/');
	await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
	await page.locator('[data-module=project-filter] select[name=industry]').selectOption(card['zh-CN'].industry);
	await expect(page.locator('[data-filter-status]')).toHaveText(`${card['zh-CN'].industry} · ${expected} 个项目`);
	await expect(page.locator('[data-filter-results] .card')).toHaveCount(Math.min(expected, 24));
	// Without a query there is no match to excerpt: a card shows the project's summary.
	const first = page.locator('[data-filter-results] .card').first();
	const projectPage = parse(await (await request.get((await first.locator('h3 a').getAttribute('href'))!)).text());
	await expect(first.locator('p').last()).toHaveText(projectPage.querySelector('.project .lede')!.textContent.trim());
	await expect(page.locator('[data-unfiltered]').first()).toBeHidden();
	expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
	await page.goBack();
	await expect(page.locator('[data-unfiltered]').first()).toBeVisible();
});

test('search is labelled and fully usable from the keyboard', async ({ page }) => {
	await page.goto('/search/');
	const input = page.getByRole('searchbox', { name: '搜索项目、园区、政策' }).last();
	await input.focus();
	await page.keyboard.type('招商');
	await expect(page.locator('[role=status][aria-live=polite]')).toHaveText(/找到 \d+ 条结果/);
	// Results come first in tab order, then the sort and the filters.
	const onCheckbox = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'checkbox');
	for (let i = 0; i < 40 && !(await onCheckbox()); i++) await page.keyboard.press('Tab');
	expect(await onCheckbox()).toBe(true);
	await page.keyboard.press('Space');
	await expect(page).toHaveURL(/type=/);
});

async function resultUrls(page: Page, path: string): Promise<string[]> {
	return (await searchAll(page, path)).sort();
}

test('a query in traditional characters finds what its simplified form finds', async ({ page }) => {
	// Several searches, each loading every page of its results.
	test.setTimeout(120_000);
	for (const [traditional, simplified] of [
		['儲能', '储能'],
		['雲南', '云南'],
	] as const) {
		const expected = await resultUrls(page, `/search/?q=${encodeURIComponent(simplified)}`);
		expect(expected.length, simplified).toBeGreaterThan(0);
		expect(await resultUrls(page, `/search/?q=${encodeURIComponent(traditional)}`), traditional).toEqual(expected);
	}
});

test('aliases, pinyin and every page that answers are found', async ({ page }) => {
	// Several searches, each loading every page of its results.
	test.setTimeout(120_000);
	const cases: [string, RegExp][] = [
		['/search/?q=文山州', /^\/parks\//],
		['/search/?q=南博会', /^\/expo\/china-south-asia-expo-2027\/$/],
		['/search/?q=进博会', /^\/expo\/ciie-2026\/$/],
		['/search/?q=投诉', /^\/about\/$/],
		['/search/?q=kunming', /^\/prefectures\/kunming\/$/],
		['/en/search/?q=aluminum', /^\/en\/industries\/green-aluminium\/$/],
		['/en/search/?q=PV', /^\/en\/industries\/silicon-photovoltaics\/$/],
	];
	for (const [path, expected] of cases) {
		const found = await searchAll(page, encodeURI(path));
		expect(
			found.some((url) => expected.test(url)),
			`${path} → ${found.join(', ')}`
		).toBe(true);
	}
});

test('nonsense finds nothing, and the empty result suggests queries and the columns', async ({ page }) => {
	for (const [path, status] of [
		['/search/?q=' + encodeURIComponent('不存在的词语xyz'), '没有找到符合条件的结果。'],
		['/en/search/?q=' + encodeURIComponent('nonexistentword storage'), 'Nothing matches this search.'],
	] as const) {
		await page.goto(path);
		await expect(page.locator('[data-status]')).toHaveText(status);
		await expect(page.locator('[data-results] li')).toHaveCount(0);
		const suggestions = page.locator('[data-suggestions]');
		await expect(suggestions).toBeVisible();
		await expect(suggestions.locator('a[href*="?q="]').first()).toBeVisible();
	}
	await page.locator('[data-suggestions] a[href*="?q="]').first().click();
	await expect(page.locator('[data-status]')).toHaveText(/\d+/);
	await expect(page.locator('[data-suggestions]')).toBeHidden();
});

test('the language switch keeps the query and the filters', async ({ page }) => {
	await page.goto('/search/?q=%E5%82%A8%E8%83%BD&type=%E6%8B%9B%E5%95%86%E9%A1%B9%E7%9B%AE'); // 储能, 招商项目
	await expect(page.locator('[data-status]')).toHaveText(/找到 \d+ 条结果/);
	await page.locator('.site-header a[hreflang="en"]').click();
	await expect(page).toHaveURL(/\/en\/search\/\?q=%E5%82%A8%E8%83%BD&type=Project$/);
	await expect(page.locator('#search-q')).toHaveValue('储能');
	await expect(page.locator('[data-facet=type] input[value="Project"]')).toBeChecked();
	await page.locator('#search-q').fill('storage');
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-status]')).toHaveText(/\d+ results?/);
	await expect(page.locator('.site-header a[hreflang="zh-CN"]')).toHaveAttribute(
		'href',
		/\/search\/\?q=storage&type=%E6%8B%9B%E5%95%86%E9%A1%B9%E7%9B%AE$/
	);
});

/** A built page's indexed text with a line between blocks, and where each of its characters other than spaces and punctuation is. */
function indexedBlocks(url: string): { chars: string[]; letters: string; at: number[] } {
	const body = parse(readFileSync(join(DIST, url, 'index.html'), 'utf8')).querySelector('[data-pagefind-body]');
	if (!body) throw new Error(url);
	for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
	const chars = [...body.structuredText];
	const at = chars.flatMap((ch, i) => (PUNCTUATION_OR_SPACE.test(ch) ? [] : [i]));
	return { chars, letters: at.map((i) => chars[i]).join(''), at };
}
const PUNCTUATION_OR_SPACE = /[\s\p{P}]/u;
const lettersOf = (text: string) => [...text].filter((ch) => !PUNCTUATION_OR_SPACE.test(ch)).join('');

test('excerpts begin a sentence, or say with “…” that they do not, and never begin with a label', async ({ page }) => {
	for (const path of [
		'/search/?q=' + encodeURIComponent('储能'),
		'/search/?q=' + encodeURIComponent('负面清单'),
		'/en/search/?q=storage',
	]) {
		await page.goto(path);
		expect(await searchOutcome(page), path).toBeGreaterThan(0);
		const excerpts = await page.locator('[data-results] li').evaluateAll((items) =>
			items.flatMap((li) => {
				const excerpt = li.querySelector<HTMLElement>('[data-excerpt]');
				return excerpt ? [{ url: new URL(li.querySelector('a')!.href).pathname, text: excerpt.textContent!.trim() }] : [];
			})
		);
		expect(excerpts.length, path).toBeGreaterThan(0);
		for (const { url, text } of excerpts) {
			expect(text, url).not.toMatch(/^…?(文件信息|索引号|发文机关|文号|成文日期|发布日期|Index no|Issued by)/);
			if (text.startsWith('…')) continue;
			const { chars, letters, at } = indexedBlocks(url);
			const found = letters.indexOf(lettersOf(text));
			expect(found, `${url}: “${text}” is not in the page`).toBeGreaterThanOrEqual(0);
			const before = chars.slice(0, at[found]).join('');
			expect(/^\s*$|[。！？；!?;.:：\n]\s*$/u.test(before), `${url}: “${text}” starts mid-sentence`).toBe(true);
		}
	}
});
