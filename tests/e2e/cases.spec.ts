import { expect, test } from '@playwright/test';
import { originals } from './helpers.ts';

test('the success stories filter by industry, drawing the cards the server draws, in both languages', async ({ page }) => {
	test.slow();
	const stories = originals<{ industry: string; investment?: number }>('cases');
	const aluminium = stories.filter((s) => s.industry === 'green-aluminium');
	expect(aluminium.length).toBeGreaterThan(0);
	expect(aluminium.length).toBeLessThan(stories.length);
	for (const [prefix, label, shown, unit] of [
		['', '绿色铝', `显示 ${aluminium.length} 个案例`, /亿元|万元/],
		[
			'/en',
			'Green aluminium',
			`${aluminium.length} success stor${aluminium.length === 1 ? 'y' : 'ies'} shown`,
			/^CNY [\d.,]+ (million|billion)$/,
		],
	] as const) {
		await page.goto(`${prefix}/cases/`);
		await expect(page.locator('[data-unfiltered] .case-card')).toHaveCount(stories.length);
		await page.locator('[data-module=case-filter] select[name=industry]').selectOption(label);
		await expect(page).toHaveURL(`${prefix}/cases/?${new URLSearchParams({ industry: label })}`);
		await expect(page.locator('[data-module=case-filter] [data-filter-status]')).toHaveText(shown);
		const cards = page.locator('[data-filter-results] .case-card');
		await expect(cards.locator('[data-slot=industry]')).toHaveText(aluminium.map(() => label));
		for (const amount of await cards.locator('[data-slot=amount]').allTextContents()) expect(amount.trim()).toMatch(unit);
		await expect(cards.locator('a[data-slot=title]').first()).toHaveAttribute('href', new RegExp(`^${prefix}/cases/[a-z0-9-]+/$`));
		await expect(page.locator('[data-unfiltered]')).toBeHidden();
	}
});
