import { expect, test } from '@playwright/test';
import { entryIds } from './helpers.ts';
import { expoIds, longestProjects, printedPages } from './print-helpers.ts';

const LANGS = [
	['zh-CN', ''],
	['en', '/en'],
] as const;

for (const [lang, prefix] of LANGS) {
	test(`each sample expo's poster prints on exactly one A4 page, without the web header (${lang})`, async ({ page }) => {
		test.slow();
		for (const id of expoIds()) {
			const path = `${prefix}/expo/${id}/poster/`;
			await page.goto(path);
			await page.emulateMedia({ media: 'print' });
			for (const chrome of ['.site-header', '.site-footer', '.breadcrumbs', '.actions'])
				await expect(page.locator(chrome).first(), `${path} ${chrome}`).toBeHidden();
			await expect(page.locator('.poster .qr-code').first()).toBeVisible();
			expect(await printedPages(page), path).toBe(1);
			// Filling the page: laid out as wide as A4 between its margins, the poster is nearly as
			// high as the page's 267 mm, its footer at the foot rather than halfway down.
			const mm = 96 / 25.4;
			await page.setViewportSize({ width: Math.round(182 * mm), height: 900 });
			const foot = await page
				.locator('.poster-foot')
				.evaluate((f) => f.getBoundingClientRect().bottom - f.parentElement!.getBoundingClientRect().top);
			expect(foot, path).toBeGreaterThan(0.9 * 267 * mm);
		}
	});

	test(`a poster with more projects than a page holds goes on to a second page whole tile by whole tile (${lang})`, async ({ page }) => {
		await page.goto(`${prefix}/expo/${expoIds()[0]}/poster/`);
		// Three times the tiles: more than one A4 page holds.
		await page.locator('.poster .tiles').evaluate((list) => {
			const tiles = [...list.children];
			for (let i = 0; i < 3; i++) for (const tile of tiles) list.append(tile.cloneNode(true));
		});
		await page.emulateMedia({ media: 'print' });
		expect(await printedPages(page)).toBeGreaterThan(1);
		const breaks = await page.locator('.poster .tile').evaluateAll((tiles) => tiles.map((t) => getComputedStyle(t).breakInside));
		expect(new Set(breaks)).toEqual(new Set(['avoid']));
	});

	// The longest projects, and the first of the list (one with an image, a map and related projects);
	// a test each, as Chromium takes up to 20 s for a PDF on a busy two-core machine.
	for (const id of new Set([...longestProjects(4), entryIds('projects')[0]!]))
		test(`project ${id} prints as a brochure of at most two A4 pages (${lang})`, async ({ page }) => {
			const path = `${prefix}/projects/${id}/`;
			await page.goto(path);
			await page.emulateMedia({ media: 'print' });
			// The brochure: facts, contacts and the QR code; no search, switches, menu or map.
			await expect(page.locator('main h1')).toBeVisible();
			await expect(page.locator('main .facts').first()).toBeVisible();
			await expect(page.locator('main .qr-code')).toBeVisible();
			await expect(page.locator('main a[href^="tel:"], main a[href^="mailto:"]').first()).toBeVisible();
			for (const chrome of ['.header-search', '.care-toggle', '.site-header .lang', '.site-nav', '.site-footer', '.map-figure'])
				await expect(page.locator(chrome).first(), `${path} ${chrome}`).toBeHidden();
			expect(await printedPages(page), path).toBeLessThanOrEqual(2);
		});
}
