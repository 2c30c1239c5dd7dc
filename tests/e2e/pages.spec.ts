import { expect, test } from '@playwright/test';
import { absolute, entryIds, idOf, isTileRequest, sampleSets, searchOutcome, type SampleSets } from './helpers.ts';

/** One URL of every page type, taken from the site's open data so the test follows the content. */
const PAGE_TYPES = {
	home: () => '/',
	projects: () => '/projects/',
	project: ({ projects }: SampleSets) => `/projects/${idOf(projects[0]!.code)}/`,
	parks: () => '/parks/',
	park: ({ parks }: SampleSets) => `/parks/${parks[0]!.id}/`,
	map: () => '/parks/map/',
	policies: () => '/policies/',
	policy: ({ policies }: SampleSets) => `/policies/${policies[0]!.id}/`,
	news: () => '/news/',
	industries: () => '/industries/',
	industry: ({ projects }: SampleSets) => `/industries/${projects[0]!.industry}/`,
	prefectures: () => '/prefectures/',
	prefecture: ({ projects }: SampleSets) => `/prefectures/${projects[0]!.prefecture}/`,
	about: () => '/about/',
	expos: () => '/expo/',
	search: () => '/search/',
	shortlist: () => '/shortlist/',
	open: () => '/open/',
	openPage: () => '/open/guide/',
	departments: () => '/open/departments/',
	leaders: () => '/open/leaders/',
	report: () => `/open/reports/${entryIds('reports')[0]}/`,
	enquiries: () => '/interaction/',
	enquiry: () => `/interaction/${entryIds('enquiries')[0]}/`,
	statement: () => '/statement/',
	sitemap: () => '/sitemap/',
	cases: () => '/cases/',
	case: () => `/cases/${entryIds('cases')[0]}/`,
} satisfies Record<string, (sets: SampleSets) => string>;
type PageType = keyof typeof PAGE_TYPES;

/** The URL of every page type. */
async function pageTypes(request: import('@playwright/test').APIRequestContext): Promise<Record<PageType, string>> {
	const sets = await sampleSets(request);
	return Object.fromEntries(Object.entries(PAGE_TYPES).map(([type, path]) => [type, path(sets)])) as Record<PageType, string>;
}

// One test per page type (and language): seventeen pages in one test's budget ran out under load.
test.describe('every page type in both languages', () => {
	for (const [lang, prefix] of [
		['zh-CN', ''],
		['en', '/en'],
	] as const) {
		for (const type of Object.keys(PAGE_TYPES) as PageType[]) {
			test(`renders in ${lang}: ${type}`, async ({ page, request }) => {
				const errors: string[] = [];
				page.on('pageerror', (e) => errors.push(e.message));
				// Map tiles cannot load in the tests (no network); the maps fall back to their schematic (maps.spec.ts).
				page.on('console', (m) => m.type() === 'error' && !isTileRequest(m.location().url) && errors.push(m.text()));
				const path = (await pageTypes(request))[type];
				const url = `${prefix}${path}`;
				const res = await page.goto(url);
				expect(res?.status(), `${type} ${url}`).toBe(200);
				await expect(page.locator('html'), url).toHaveAttribute('lang', lang);
				const h1 = page.locator('h1');
				await expect(h1, url).toHaveCount(1);
				expect((await page.title()).length, url).toBeGreaterThan(0);
				await expect(page.locator('link[rel=canonical]'), url).toHaveAttribute('href', absolute(url));
				await expect(page.locator('link[rel=alternate][hreflang=en]'), url).toHaveAttribute('href', absolute(`/en${path}`));
				await expect(page.locator('link[rel=alternate][hreflang=zh-CN]'), url).toHaveAttribute('href', absolute(path));
				await expect(page.locator('main#main'), url).toBeVisible();
				await expect(page.locator('footer'), url).toContainText(lang === 'en' ? 'Organised by' : '主办单位');
				// Scripts may fail after the page has loaded (the search page's warm-up search, say): with
				// one page per test, no next page gives them that time, so wait until the page is quiet.
				await page.waitForLoadState('networkidle');
				expect(errors, url).toEqual([]);
			});
		}
	}

	for (const type of Object.keys(PAGE_TYPES) as PageType[]) {
		test(`fits a 360 px phone without sideways scrolling: ${type}`, async ({ page, request }) => {
			await page.setViewportSize({ width: 360, height: 800 });
			const path = (await pageTypes(request))[type];
			for (const url of [path, `/en${path}`]) {
				await page.goto(url);
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				expect(overflow, url).toBeLessThanOrEqual(0);
			}
		});
	}

	test('answers unknown URLs with a bilingual 404', async ({ page }) => {
		const res = await page.goto('/projects/no-such-project/');
		expect(res?.status()).toBe(404);
		await expect(page.locator('h1')).toHaveText('页面不存在');
		await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Back to the home page' })).toHaveAttribute('href', '/en/');
	});
});

test.describe('controls that need JavaScript', () => {
	/** Pages with such controls, and the controls: the care-mode switch, stars, filters, “show on the map”. */
	async function controls(page: import('@playwright/test').Page): Promise<[string, string[]][]> {
		await page.goto('/expo/');
		const expo = (await page.locator('main .card h3 a').first().getAttribute('href'))!;
		return [
			['/projects/', ['[data-care-toggle]', '[data-shortlist]', '[data-module=project-filter] form']],
			[expo, ['[data-expo-filters]', '[data-shortlist]']],
			['/parks/map/', ['[data-park-filter]', '[data-show]']],
		];
	}
	const visibleCount = (page: import('@playwright/test').Page, selector: string) =>
		page.locator(selector).evaluateAll((els) => els.filter((el) => el.checkVisibility()).length);

	test('are in place before the scripts run, so nothing moves when they start', async ({ page }) => {
		const pages = await controls(page);
		await page.route('**/*.js', (route) => route.abort());
		for (const [path, selectors] of pages) {
			await page.goto(path);
			for (const selector of selectors)
				expect(await visibleCount(page, selector), `${path} ${selector}`).toBe(await page.locator(selector).count());
		}
	});

	test('are absent without JavaScript', async ({ browser, page }) => {
		const pages = await controls(page);
		const context = await browser.newContext({ javaScriptEnabled: false });
		const noScript = await context.newPage();
		for (const [path, selectors] of pages) {
			await noScript.goto(path);
			for (const selector of selectors) {
				expect(await noScript.locator(selector).count(), `${path} ${selector}`).toBeGreaterThan(0);
				expect(await visibleCount(noScript, selector), `${path} ${selector}`).toBe(0);
			}
		}
		await context.close();
	});
});

test('nothing moves on a phone while scripts start, results arrive and maps load', async ({ browser, request }) => {
	test.slow();
	const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
	const page = await context.newPage();
	await page.goto('/expo/');
	const expo = (await page.locator('main .card h3 a').first().getAttribute('href'))!;
	const { home, project, park, policy, map } = await pageTypes(request);
	for (const path of [home, project, park, policy, map, expo, '/search/?q=%E5%82%A8%E8%83%BD', '/en/search/?q=storage']) {
		await page.goto(path);
		if (path.includes('/search/')) expect(await searchOutcome(page), path).toBeGreaterThan(0);
		// Long enough for scripts to start and the maps to draw: their schematic comes at once, not after the tiles fail.
		await page.waitForTimeout(1000);
		const shift = await page.evaluate(
			() =>
				new Promise<number>((resolve) => {
					let sum = 0;
					new PerformanceObserver((list) => {
						for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
							if (!e.hadRecentInput) sum += e.value;
					}).observe({ type: 'layout-shift', buffered: true });
					setTimeout(() => resolve(sum), 50);
				})
		);
		expect(shift, path).toBeLessThan(0.01);
	}
	await context.close();
});
