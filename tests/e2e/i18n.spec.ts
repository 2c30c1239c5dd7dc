import { expect, test } from '@playwright/test';
import { idOf, openData, untranslated, type ProjectRow } from './helpers.ts';

test('the language switch keeps the page', async ({ page, request }) => {
	const [project] = await openData<ProjectRow>(request, 'projects');
	const path = `/projects/${idOf(project!.code)}/`;
	await page.goto(path);
	await expect(page.locator('h1')).toHaveText(project!.title_zh);
	await page.getByRole('link', { name: 'English', exact: true }).click();
	await expect(page).toHaveURL(`/en${path}`);
	await expect(page.locator('h1')).toHaveText(project!.title_en);
	await page.getByRole('link', { name: '中文', exact: true }).click();
	await expect(page).toHaveURL(path);
});

test('an entry without English falls back to Chinese with a notice, not a 404', async ({ page }) => {
	const [park] = untranslated('parks');
	test.skip(!park, 'every park is translated');
	const res = await page.goto(`/en/parks/${park}/`);
	expect(res?.status()).toBe(200);
	await expect(page.locator('.fallback-notice')).toContainText('have not been translated yet');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	// The same page in Chinese needs no notice.
	await page.goto(`/parks/${park}/`);
	await expect(page.locator('.fallback-notice')).toHaveCount(0);
});

test('translated entries show no fallback notice', async ({ page, request }) => {
	const translated = (await openData<ProjectRow>(request, 'projects')).find((p) => !untranslated('projects').includes(idOf(p.code)));
	await page.goto(`/en/projects/${idOf(translated!.code)}/`);
	await expect(page.locator('h1')).toHaveText(translated!.title_en);
	await expect(page.locator('.fallback-notice')).toHaveCount(0);
});
