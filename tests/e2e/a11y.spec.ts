import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { CARE_MODE_KEY } from '../../src/features/layout/care-mode.ts';
import { entryIds, idOf, sampleSets, searchOutcome, type SampleSets } from './helpers.ts';
import { expoIds } from './print-helpers.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** axe's check of 2.5.3 (label in name) is marked experimental and off unless asked for. */
const LABEL_IN_NAME = { rules: { 'label-content-name-mismatch': { enabled: true } } };

/** The first project that publishes its package (breakdown, cited policies). */
const packaged = (projects: SampleSets['projects']) => projects.find((p) => p.breakdown_10k_cny && p.policies) ?? projects[0]!;

/** One page of every type, by name, at its Chinese path; entries are taken from the site's open data. */
const PAGES: [string, (sets: SampleSets) => string][] = [
	['home', () => '/'],
	['projects', () => '/projects/'],
	// Entries with the most to show: a project with its package and a policy it cites.
	['a project', ({ projects }) => `/projects/${idOf(packaged(projects).code)}/`],
	['parks', () => '/parks/'],
	['a park', ({ parks }) => `/parks/${parks[0]!.id}/`],
	['park map', () => '/parks/map/'],
	['policies', () => '/policies/'],
	['a policy', ({ projects, policies }) => `/policies/${packaged(projects).policies?.split('; ')[0] ?? policies[0]!.id}/`],
	['interpretations', () => '/policies/interpretations/'],
	['news', () => '/news/'],
	['a news item', () => `/news/${entryIds('news')[0]}/`],
	['industries', () => '/industries/'],
	['a prefecture', ({ projects }) => `/prefectures/${projects[0]!.prefecture}/`],
	['about', () => '/about/'],
	['search', () => '/search/?q=%E6%8B%9B%E5%95%86'],
	['expo', () => '/expo/'],
	['an expo', () => `/expo/${expoIds()[0]}/`],
	['a poster', () => `/expo/${expoIds()[0]}/poster/`],
	[
		'shortlist',
		({ projects }) =>
			`/shortlist/?ids=${projects
				.slice(0, 2)
				.map((p) => idOf(p.code))
				.join(',')}`,
	],
	['information disclosure', () => '/open/'],
	['leaders', () => '/open/leaders/'],
	['a report', () => `/open/reports/${entryIds('reports')[0]}/`],
	['enquiries', () => '/interaction/'],
	['an enquiry', () => `/interaction/${entryIds('enquiries')[0]}/`],
	['statement', () => '/statement/'],
	['sitemap', () => '/sitemap/'],
	['404', () => '/no-such-page/'],
	['why invest', () => '/why/'],
	['how to invest', () => '/guide/'],
	['cases', () => '/cases/'],
	['a case', () => `/cases/${entryIds('cases')[0]}/`],
];
/** The page types a reader in care mode (关怀模式) is checked on, with its larger type and targets. */
const CARE_PAGES = new Set(['home', 'projects', 'a project', 'park map', 'a policy', 'search', 'why invest']);

/** Opens a page as its reader sees it, then asks axe for every WCAG 2.2 A/AA violation on it. */
async function violationsOn(page: Page, url: string): Promise<string[]> {
	await page.goto(url);
	// The shortlist is checked with its projects drawn, the search page with its results.
	if (url.includes('/shortlist/')) await page.locator('main .card').first().waitFor();
	if (url.includes('/search/')) await searchOutcome(page);
	const { violations } = await new AxeBuilder({ page }).options(LABEL_IN_NAME).withTags(WCAG).analyze();
	return violations.map(
		(v) =>
			`${v.id}: ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(', ')}`
	);
}

// One test per page, language and width: axe takes 2 to 10 s a page on a two-core machine, and the
// 28 pages of a width took over two minutes even when it was idle, beyond one test's 90 s.
for (const [device, width] of [
	['phone', 360],
	['desktop', 1280],
] as const) {
	for (const [name, pathOf] of PAGES) {
		for (const prefix of ['', '/en']) {
			const lang = prefix ? 'en' : 'zh-CN';
			test(`axe finds no WCAG 2.2 A/AA violation (${device}): ${lang} ${name}`, async ({ page, request }) => {
				test.slow();
				const url = `${prefix}${pathOf(await sampleSets(request))}`;
				await page.setViewportSize({ width, height: 900 });
				expect(await violationsOn(page, url), url).toEqual([]);
			});
			if (CARE_PAGES.has(name))
				test(`axe finds no WCAG 2.2 A/AA violation in care mode (${device}): ${lang} ${name}`, async ({ page, request }) => {
					test.slow();
					const url = `${prefix}${pathOf(await sampleSets(request))}`;
					await page.setViewportSize({ width, height: 900 });
					await page.addInitScript((key) => localStorage.setItem(key, 'on'), CARE_MODE_KEY);
					expect(await violationsOn(page, url), url).toEqual([]);
					expect(await page.evaluate(() => document.documentElement.classList.contains('care')), url).toBe(true);
				});
		}
	}
}

test('keyboard only: search → project → contact', async ({ page }) => {
	// A hundred and more key presses, each followed by a look at the focus: 26 to 29 s of a 30 s budget under load.
	test.slow();
	await page.goto('/');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: '跳到主要内容' })).toBeFocused();
	// The header search box is the next stop after the bureau's logo link.
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('searchbox', { name: '搜索项目、园区、政策' })).toBeFocused();
	await page.keyboard.type('项目');
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-status]')).toHaveText(/找到 \d+ 条结果/);
	// Enquiries and news mention 项目 too: the walk goes on to the first project among the results.
	const firstResult = page.locator('[data-results] h2 a[href*="/projects/"]').first();
	for (let i = 0; i < 80 && !(await firstResult.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(firstResult).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('h1')).toBeVisible();
	const contact = page.getByRole('link', { name: /发送邮件|拨打电话/ }).first();
	for (let i = 0; i < 80 && !(await contact.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(contact).toBeFocused();
	const outline = await contact.evaluate((a) => getComputedStyle(a).outlineStyle);
	expect(outline).not.toBe('none');
});

test('the large-text mode persists across pages and visits', async ({ page }) => {
	await page.goto('/');
	const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
	const normal = await size();
	await page.getByRole('button', { name: '关怀模式' }).click();
	expect(await size()).toBeGreaterThan(normal * 1.2);
	await page.goto('/policies/');
	await expect(page.getByRole('button', { name: '关怀模式' })).toHaveAttribute('aria-pressed', 'true');
	expect(await size()).toBeGreaterThan(normal * 1.2);
	await page.getByRole('button', { name: '关怀模式' }).click();
	await page.reload();
	expect(await size()).toBe(normal);
});
