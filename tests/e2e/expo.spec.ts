import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { absolute, idOf, openData, type ProjectRow } from './helpers.ts';

test('each project page carries a QR code that decodes to its canonical URL', async ({ page, request }) => {
	const [project] = await openData<ProjectRow>(request, 'projects');
	for (const path of [`/projects/${idOf(project!.code)}/`, `/en/projects/${idOf(project!.code)}/`]) {
		await page.goto(path);
		const png = await page.locator('.qr-code').first().screenshot();
		const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
		const code = jsQR(new Uint8ClampedArray(data), info.width, info.height);
		expect(code?.data, path).toBe(absolute(path));
	}
});

test('expo pages list their projects as cards and filter them', async ({ page }) => {
	await page.goto('/expo/');
	const expoLinks = page.locator('main .card h3 a');
	expect(await expoLinks.count()).toBeGreaterThan(0);
	// The expo with the most projects makes the filter meaningful.
	const counts = await page.locator('main .card').evaluateAll((cards) =>
		cards.map((c) => ({
			href: c.querySelector('h3 a')!.getAttribute('href')!,
			n: Number(/\d+/.exec(c.querySelector('.card-figure')!.textContent!)![0]),
		}))
	);
	const busiest = counts.sort((a, b) => b.n - a.n)[0]!;
	await page.goto(busiest.href);
	const cards = page.locator('[data-expo-projects] > .card');
	await expect(cards).toHaveCount(busiest.n);
	const select = page.locator('[data-expo-filters] select[name=industry]');
	const options = await select.locator('option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value).filter(Boolean));
	await select.selectOption(options[0]!);
	const visible = await cards.evaluateAll((cs) =>
		cs.filter((c) => !(c as HTMLElement).hidden).map((c) => (c as HTMLElement).dataset.industry)
	);
	expect(visible.length).toBeGreaterThan(0);
	expect(new Set(visible)).toEqual(new Set([options[0]]));
	await expect(page.locator('[data-expo-filters] [data-filter-status]')).toHaveText(`显示 ${visible.length} 个项目`);
	// The printable poster has one QR code per project.
	await page.goto(`${busiest.href}poster/`);
	await expect(page.locator('.tile .qr-code')).toHaveCount(busiest.n);
});

test('an expo page gives its dates and agenda as a calendar file, in the page’s language', async ({ page }) => {
	for (const [path, name] of [
		['/expo/', '加入日历'],
		['/en/expo/', 'Add to calendar'],
	] as const) {
		await page.goto(path);
		await page.locator('main .card h3 a').first().click();
		const expoPath = new URL(page.url()).pathname;
		const link = page.getByRole('link', { name });
		await expect(link).toHaveAttribute('href', `${expoPath}calendar.ics`);
		const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
		expect(download.suggestedFilename()).toMatch(/\.ics$/);
		const ics = readFileSync((await download.path())!, 'utf8');
		expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
		expect(ics).toMatch(/\r\nDTSTART;VALUE=DATE:\d{8}\r\n/);
		const title = (await page.locator('h1').textContent())!.trim();
		expect(ics.replace(/\r\n[ \t]/g, '')).toContain(`SUMMARY:${title.replace(/[,;]/g, '\\$&')}`);
	}
});

test('the shortlist survives a reload, and can be shared as a link', async ({ page, request, browser }) => {
	const projects = await openData<ProjectRow>(request, 'projects');
	const [a, b] = projects;
	await page.goto('/projects/');
	for (const p of [a!, b!])
		await page
			.getByRole('button', { name: `关注项目 ${p.code}` })
			.first()
			.click();
	await expect(page.getByRole('button', { name: `关注项目 ${a!.code}` }).first()).toHaveAttribute('aria-pressed', 'true');
	await page.reload();
	await expect(page.getByRole('button', { name: `关注项目 ${b!.code}` }).first()).toHaveAttribute('aria-pressed', 'true');

	await page.goto('/shortlist/');
	await expect(page.locator('[data-items] h2')).toHaveText([a!.title_zh, b!.title_zh]);
	await page.reload();
	await expect(page.locator('[data-items] h2')).toHaveCount(2);
	await page.getByRole('button', { name: '复制分享链接' }).click();
	const link = await page.locator('[data-share-url]').inputValue();
	expect(link).toContain(`ids=${idOf(a!.code)}%2C${idOf(b!.code)}`);

	// Someone else opens the link in a fresh browser.
	const other = await browser.newPage();
	await other.goto(new URL(link).pathname + new URL(link).search);
	await expect(other.locator('[data-shared]')).toBeVisible();
	await expect(other.locator('[data-items] h2')).toHaveText([a!.title_zh, b!.title_zh]);
	await other.close();
});
