import { expect, test } from '@playwright/test';
import { openData, originals, type PolicyRow, type ProjectRow } from './helpers.ts';

const PAGE_SIZE = 24;

test('project lists are newest first and paginated past 24', async ({ page, request }) => {
	const projects = await openData<ProjectRow>(request, 'projects');
	const newestFirst = [...projects].sort((a, b) => b.published.localeCompare(a.published) || a.code.localeCompare(b.code));
	const pages = Math.ceil(projects.length / PAGE_SIZE);

	for (const [prefix, title] of [
		['', 'title_zh'],
		['/en', 'title_en'],
	] as const) {
		await page.goto(`${prefix}/projects/`);
		const cards = page.locator('.project-card h2');
		await expect(cards).toHaveCount(Math.min(PAGE_SIZE, projects.length));
		await expect(cards.first()).toHaveText(newestFirst[0]![title]);
		if (pages > 1) {
			const nav = page.getByRole('navigation', { name: prefix ? 'Pages' : '分页' });
			await expect(nav.getByRole('link')).toHaveCount(pages + 1); // page numbers and “next”
			await nav.getByRole('link', { name: prefix ? 'Next' : '下一页' }).click();
			await expect(page).toHaveURL(`${prefix}/projects/2/`);
			await expect(cards.first()).toHaveText(newestFirst[PAGE_SIZE]![title]);
			await expect(nav.locator('[aria-current=page]')).toHaveText('2');
		}
	}
});

test('policy and news lists are newest first', async ({ page, request }) => {
	const policies = await openData<PolicyRow>(request, 'policies');
	const newest = [...policies].sort((a, b) => b.published.localeCompare(a.published))[0]!;
	await page.goto('/policies/');
	await expect(page.locator('.policy-list h3').first()).toHaveText(newest.title_zh);
	await page.goto('/news/');
	const dates = await page.locator('.news-list time').allTextContents();
	expect(dates.length).toBeGreaterThan(0);
	expect([...dates].sort().reverse()).toEqual(dates);
});

test('the news list filters by sub-column, shows each item’s sub-column, and keeps the filter through a reload', async ({ page }) => {
	test.slow();
	const news = originals<{ column: string; published: string }>('news');
	const notices = news.filter((n) => n.column === 'notices');
	expect(notices.length).toBeGreaterThan(0);
	for (const [prefix, label, shown] of [
		['', '通知公告', `显示 ${notices.length} 条动态`],
		['/en', 'Notices', `${notices.length} news item${notices.length === 1 ? '' : 's'} shown`],
	] as const) {
		await page.goto(`${prefix}/news/`);
		// Every item of the full list names its sub-column.
		await expect(page.locator('[data-unfiltered] .news-list > li [data-slot=column]')).toHaveCount(Math.min(news.length, PAGE_SIZE));
		await page.locator('[data-module=news-filter] select[name=newsColumn]').selectOption(label);
		await expect(page).toHaveURL(`${prefix}/news/?newsColumn=${encodeURIComponent(label)}`);
		const results = page.locator('[data-filter-results] > li');
		for (const step of ['filtered', 'reloaded']) {
			if (step === 'reloaded') await page.reload();
			await expect(page.locator('[data-module=news-filter] [data-filter-status]')).toHaveText(shown);
			await expect(results.locator('[data-slot=column]')).toHaveText(notices.map(() => label));
			const dates = await results.locator('time').allTextContents();
			expect(dates).toEqual([...dates].sort().reverse());
			await expect(page.locator('[data-unfiltered]')).toBeHidden();
		}
	}
});

test('the newest news is from the two weeks before the sample’s build date, so the 动态 column counts as updated', async ({ page }) => {
	const newest = originals<{ published: string }>('news')
		.map((n) => String(n.published).slice(0, 10))
		.sort()
		.at(-1)!;
	expect(newest >= '2026-11-18').toBe(true);
	await page.goto('/news/');
	await expect(page.locator('.news-list time').first()).toHaveText(new RegExp(`^${newest}`));
});
