import { expect, test, type Page } from '@playwright/test';

const LANGS = [
	['zh-CN', ''],
	['en', '/en'],
] as const;

/** Chart texts that stick out of their drawing, as “chart: text”: labels whose width was misjudged. */
async function overflowingTexts(page: Page): Promise<string[]> {
	return page.locator('svg[data-chart]').evaluateAll((charts) =>
		charts.flatMap((svg) => {
			const box = svg.getBoundingClientRect();
			return [...svg.querySelectorAll('text')]
				.filter((t) => {
					const r = t.getBoundingClientRect();
					return r.left < box.left - 1 || r.right > box.right + 1;
				})
				.map((t) => `${svg.querySelector('title')?.textContent}: ${t.textContent}`);
		})
	);
}

for (const [lang, prefix] of LANGS) {
	for (const width of [360, 1280])
		test(`the why page's charts fit their drawing and the screen, readable at ${width} px (${lang})`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(`${prefix}/why/`);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
			expect(await page.locator('svg[data-chart]').count()).toBeGreaterThan(0);
			expect(await overflowingTexts(page)).toEqual([]);
			// Drawn at about one pixel a unit or more, the 13-unit labels stay at least 11 px high.
			const scales = await page
				.locator('svg[data-chart]')
				.evaluateAll((charts) => charts.map((svg) => svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width));
			for (const scale of scales) expect(scale).toBeGreaterThan(11 / 13);
		});

	test(`the why page prints each figure whole, its chart within the page (${lang})`, async ({ page }) => {
		await page.goto(`${prefix}/why/`);
		await page.emulateMedia({ media: 'print' });
		// A4 between the margins.
		await page.setViewportSize({ width: Math.round((182 * 96) / 25.4), height: 900 });
		const charts = page.locator('svg[data-chart]');
		for (const chart of await charts.all()) await expect(chart).toBeVisible();
		expect(await overflowingTexts(page)).toEqual([]);
		const breaks = await page.locator('[data-figure]').evaluateAll((figures) => figures.map((f) => getComputedStyle(f).breakInside));
		expect(new Set(breaks)).toEqual(new Set(['avoid']));
	});

	test(`the guide's steps are a numbered list that fits a phone (${lang})`, async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 900 });
		await page.goto(`${prefix}/guide/`);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
		const steps = page.getByRole('list').filter({ has: page.locator('[data-step]') });
		await expect(steps).toHaveCount(1);
		expect(await steps.evaluate((ol) => ol.tagName)).toBe('OL');
		expect(await steps.locator(':scope > li').count()).toBeGreaterThan(5);
		// Every step names what to do, where and how long it takes.
		for (const step of await steps.locator(':scope > li').all()) expect(await step.locator('dt').count()).toBeGreaterThanOrEqual(3);
	});
}
