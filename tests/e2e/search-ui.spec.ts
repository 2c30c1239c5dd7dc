/** The search page as a reader uses it: facets, sorting, the URL, phones, the keyboard, the language switch. */
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { idOf, openData, searchAll, searchOutcome, type ProjectRow } from './helpers.ts';

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
	const chunk = page.waitForRequest((r) => r.url().includes('/pagefind/index/'));
	await page.goto('/search/');
	await chunk;
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
