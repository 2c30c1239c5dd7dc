import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readSiteSettings } from '../../src/catalogue/site.ts';
import { adminHeaders, securityHeaders } from '../../src/lib/headers.ts';
import { brotliMissing, nginxMissing } from '../nginx.ts';
import { NGINX } from '../playwright.config.ts';
import { searchOutcome } from './helpers.ts';
import { expoIds } from './print-helpers.ts';

const settings = readSiteSettings(join(import.meta.dirname, '../..'));
test.use({ baseURL: NGINX });
// Under CI the Playwright config already stopped the run when nginx or its brotli module is missing.
const noNginx = nginxMissing();
test.skip(noNginx !== undefined, noNginx);

test('nginx sends the security headers the site defines', async ({ request }) => {
	for (const path of ['/', '/en/projects/', '/404-does-not-exist/']) {
		const res = await request.get(path);
		for (const [name, value] of securityHeaders(settings.map.tiles))
			expect(res.headers()[name.toLowerCase()], `${path} ${name}`).toBe(value);
	}
});

test('hashed assets are cached for a year, pages briefly', async ({ request, page }) => {
	const html = await request.get('/');
	expect(html.headers()['cache-control']).toBe('public, max-age=300, must-revalidate');
	await page.goto('/');
	const css = await page.locator('link[rel=stylesheet][href^="/_astro/"]').first().getAttribute('href');
	expect((await request.get(css!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('text is compressed with gzip', async ({ request }) => {
	const gzip = await request.get('/', { headers: { 'Accept-Encoding': 'gzip' } });
	expect(gzip.headers()['content-encoding']).toBe('gzip');
});

test('text is compressed with brotli', async ({ request }) => {
	const noBrotli = brotliMissing();
	test.skip(noBrotli !== undefined, noBrotli);
	const br = await request.get('/', { headers: { 'Accept-Encoding': 'br' } });
	expect(br.headers()['content-encoding']).toBe('br');
});

test('clean URLs, the 404 page and the types of published files', async ({ request }) => {
	const redirect = await request.get('/projects', { maxRedirects: 0 });
	expect(redirect.status()).toBe(301);
	expect(redirect.headers().location).toBe('/projects/');
	const missing = await request.get('/no/such/page/');
	expect(missing.status()).toBe(404);
	expect(await missing.text()).toContain('页面不存在');
	const data = await (await request.get('/data/projects.json')).json();
	const id = (data as { items: { code: string }[] }).items[0]!.code.toLowerCase();
	expect((await request.get(`/projects/${id}/contact.vcf`)).headers()['content-type']).toContain('text/vcard');
	expect((await request.get('/data/projects.csv')).headers()['content-type']).toContain('text/csv');
	expect((await request.get(`/expo/${expoIds()[0]}/calendar.ics`)).headers()['content-type']).toContain('text/calendar');
});

// One test per page, each with its own time budget: eight pages in one took 25 s of 30 under load.
for (const name of [
	'/',
	'a project',
	'/policies/',
	'/en/parks/',
	'/expo/',
	'/shortlist/',
	'/search/?q=%E6%8B%9B%E5%95%86',
	'/parks/map/',
]) {
	test(`pages and search run with no Content-Security-Policy violation: ${name}`, async ({ page }) => {
		await page.addInitScript(() => {
			(window as unknown as { violations: string[] }).violations = [];
			document.addEventListener('securitypolicyviolation', (e) =>
				(window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`)
			);
		});
		let path = name;
		if (name === 'a project') {
			const data = (await (await page.request.get('/data/projects.json')).json()) as { items: { code: string }[] };
			path = `/projects/${data.items[0]!.code.toLowerCase()}/`;
		}
		await page.goto(path);
		// Drawing the result cards is part of what must run within the policy.
		if (path.startsWith('/search/')) expect(await searchOutcome(page), path).toBeGreaterThan(0);
		// Leaflet positions everything with inline styles, set through the DOM, which the policy allows.
		if (path === '/parks/map/') {
			await page.locator('[data-show]').first().click();
			await expect(page.locator('.leaflet-popup')).toBeVisible();
		}
		expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), path).toEqual([]);
	});
}

test('the CMS runs under its own policy, with no violation, and its code stays out of public pages', async ({ page, request }) => {
	const res = await request.get('/admin/');
	for (const [name, value] of adminHeaders(settings)) expect(res.headers()[name.toLowerCase()], name).toBe(value);
	await page.addInitScript(() => {
		(window as unknown as { violations: string[] }).violations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`)
		);
	});
	await page.goto('/admin/');
	await expect(page.getByRole('button', { name: /GitHub|GitLab|Gitea/ })).toBeVisible();
	expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
	for (const path of ['/', '/policies/']) expect(await (await request.get(path)).text()).not.toMatch(/decap|\/admin\//i);
});
