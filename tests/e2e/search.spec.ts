import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'node-html-parser';
import { searchAll, searchOutcome } from './helpers.ts';

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
