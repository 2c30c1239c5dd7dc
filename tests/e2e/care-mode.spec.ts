/**
 * 关怀模式 after 工信部《互联网网站适老化通用设计规范》: large text, loose lines, large targets, no
 * horizontal scrolling on a 360 px phone, and a choice that stays (a11y.spec.ts follows it across pages).
 */
import { expect, test } from '@playwright/test';
import { CARE_MODE_KEY } from '../../src/features/layout/care-mode.ts';
import { idOf, sampleSets } from './helpers.ts';

const PAGES = async (request: Parameters<typeof sampleSets>[0]) => {
	const { projects, parks, policies } = await sampleSets(request);
	return [
		'/',
		'/projects/',
		`/projects/${idOf(projects[0]!.code)}/`,
		'/parks/',
		`/parks/${parks[0]!.id}/`,
		'/policies/',
		`/policies/${policies[0]!.id}/`,
	];
};

for (const prefix of ['', '/en']) {
	test(`care mode fits a 360 px phone, with large text, loose lines and large targets (${prefix ? 'en' : 'zh-CN'})`, async ({
		page,
		request,
	}) => {
		test.slow();
		await page.setViewportSize({ width: 360, height: 800 });
		await page.addInitScript((key) => localStorage.setItem(key, 'on'), CARE_MODE_KEY);
		for (const path of await PAGES(request)) {
			const url = `${prefix}${path}`;
			await page.goto(url);
			const m = await page.evaluate(() => {
				const px = (e: Element, p: string) => parseFloat(getComputedStyle(e).getPropertyValue(p));
				const body = document.body;
				// Controls the reader taps: the header's, the menu's, the page's buttons and pages.
				const controls = [
					...document.querySelectorAll('button, .button, select, input:not([type=hidden]), .site-nav a, .lang, .pagination a'),
				].filter((e) => (e as HTMLElement).offsetParent !== null && !e.closest('.leaflet-container'));
				return {
					care: document.documentElement.classList.contains('care'),
					width: document.scrollingElement!.scrollWidth,
					font: px(body, 'font-size'),
					lineHeight: px(body, 'line-height') / px(body, 'font-size'),
					smallest: Math.min(
						...[...document.querySelectorAll('main p, main li, main dd, main dt, .site-nav a')].map((e) => px(e, 'font-size'))
					),
					small: controls
						.filter((e) => e.getBoundingClientRect().height < 44)
						.map((e) => `${e.tagName} ${(e.textContent ?? '').trim().slice(0, 20)} ${Math.round(e.getBoundingClientRect().height)}`),
				};
			});
			expect(m.care, url).toBe(true);
			expect(m.width, `${url}: no horizontal scrolling`).toBeLessThanOrEqual(360);
			expect(m.font, url).toBeGreaterThanOrEqual(18);
			expect(m.smallest, `${url}: no text under 18 px`).toBeGreaterThanOrEqual(18);
			expect(m.lineHeight, url).toBeGreaterThanOrEqual(1.5);
			expect(m.small, `${url}: targets at least 44 px high`).toEqual([]);
		}
	});
}

test('the statement lists the care mode among what the site keeps in the browser', async ({ page }) => {
	for (const path of ['/statement/', '/en/statement/']) {
		await page.goto(path);
		await expect(page.locator('main table, main dl').filter({ hasText: CARE_MODE_KEY }).first(), path).toBeVisible();
	}
});
