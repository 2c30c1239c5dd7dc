import { expect, test } from '@playwright/test';
import { absolute, idOf, openData, type PolicyRow, type ProjectRow } from './helpers.ts';

test('the sitemap lists both languages of each page with hreflang alternates', async ({ request }) => {
	const [project] = await openData<ProjectRow>(request, 'projects');
	const index = await (await request.get('/sitemap-index.xml')).text();
	const sitemap = index.match(/<loc>([^<]+)<\/loc>/)![1]!;
	const xml = await (await request.get(new URL(sitemap).pathname)).text();
	const zh = absolute(`/projects/${idOf(project!.code)}/`);
	const en = absolute(`/en/projects/${idOf(project!.code)}/`);
	expect(xml).toContain(`<loc>${zh}</loc>`);
	expect(xml).toContain(`<loc>${en}</loc>`);
	expect(xml).toContain(`hreflang="en" href="${en}"`);
	expect(xml).toContain(`hreflang="zh-CN" href="${zh}"`);
});

test('RSS feeds carry the newest policies and news in each language', async ({ request, page }) => {
	const policies = await openData<PolicyRow>(request, 'policies');
	const newest = [...policies].sort((a, b) => b.published.localeCompare(a.published))[0]!;
	for (const [path, title] of [
		['/policies/rss.xml', newest.title_zh],
		['/en/policies/rss.xml', newest.title_en],
	] as const) {
		const res = await request.get(path);
		expect(res.ok()).toBe(true);
		const xml = await res.text();
		const titles = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'application/xml');
			if (doc.querySelector('parsererror')) throw new Error('invalid XML');
			return [...doc.querySelectorAll('item > title')].map((t) => t.textContent);
		}, xml);
		expect(titles[0]).toBe(title);
	}
	expect((await request.get('/news/rss.xml')).ok()).toBe(true);
});

test('open data matches the pages and the CSV opens in a spreadsheet', async ({ request }) => {
	const projects = await openData<ProjectRow>(request, 'projects');
	const csv = await (await request.get('/data/projects.csv')).text();
	expect(csv.charCodeAt(0)).toBe(0xfeff);
	// trim() would also strip the BOM, so drop it explicitly first.
	const lines = csv.slice(1).trimEnd().split('\r\n');
	expect(lines[0]).toMatch(/^code,title_zh,title_en,/);
	expect(lines).toHaveLength(projects.length + 1);
	for (const set of ['parks', 'policies']) {
		const res = await request.get(`/data/${set}.json`);
		expect(res.ok()).toBe(true);
		expect(((await res.json()) as { count: number }).count).toBeGreaterThan(0);
	}
});
