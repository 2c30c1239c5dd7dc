import { expect, test } from '@playwright/test';
import { openData, type PolicyRow, type ProjectRow } from './helpers.ts';

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
