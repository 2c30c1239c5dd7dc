import { expect, test, type Locator, type Page } from '@playwright/test';
import { idOf, openData, projectFile, type ProjectRow } from './helpers.ts';

const LANGS = [
	{ prefix: '', locale: 'zh-CN', count: (n: number) => `${n} 个项目`, remove: (v: string) => `移除“${v}”` },
	{ prefix: '/en', locale: 'en', count: (n: number) => (n === 1 ? '1 project' : `${n} projects`), remove: (v: string) => `Remove “${v}”` },
] as const;

/** What a project card shows, read from the card as a reader sees it. */
async function cardFields(card: Locator) {
	const text = async (slot: string) => (await card.locator(`[data-slot="${slot}"]`).textContent())?.replace(/\s+/g, ' ').trim();
	return {
		industry: await text('industry'),
		place: await text('place'),
		title: await text('title'),
		href: await card.locator('[data-slot="title"]').getAttribute('href'),
		amount: await text('amount'),
		stage: await text('stage'),
		code: await text('code'),
		recommended: await card.locator('[data-slot="recommended"]').count(),
		image: await card.locator('picture img').count(),
		star: await card.getByRole('button', { name: /关注项目|Star project/ }).count(),
	};
}

/** The filtered list's heading, once the results are drawn. */
const heading = (page: Page) => page.locator('[data-filter-heading]');
const filtered = (page: Page) => page.locator('[data-filter-results] .project-card');

test('a project page shows its facts and how to express interest', async ({ page, request }) => {
	const project = (await openData<ProjectRow>(request, 'projects')).find((p) => p.contact_email)!;
	const id = idOf(project.code);
	await page.goto(`/projects/${id}/`);
	const facts = page.locator('dl.facts').first();
	await expect(facts.getByText('项目编号')).toBeVisible();
	await expect(facts).toContainText(project.code);
	const mail = page.getByRole('link', { name: '发送邮件' });
	const href = decodeURIComponent((await mail.getAttribute('href'))!);
	expect(href).toContain(`mailto:${project.contact_email}`);
	expect(href).toContain(`subject=投资意向：${project.code}`);

	// The download link's target is a real vCard (its media type is set by the web server config).
	const link = page.getByRole('link', { name: '下载联系人名片' });
	await expect(link).toHaveAttribute('download', `${project.code}.vcf`);
	const card = await request.get((await link.getAttribute('href'))!);
	const text = await card.text();
	expect(text).toMatch(/^BEGIN:VCARD\r\nVERSION:3\.0/);
	expect(text).toContain(project.code);
});

test('investment is shown in 亿元 in Chinese and CNY in English', async ({ page, request }) => {
	const big = (await openData<ProjectRow>(request, 'projects')).find(
		(p) => p.investment_10k_cny >= 10000 && p.investment_10k_cny % 10000 === 0
	)!;
	const yi = big.investment_10k_cny / 10000;
	await page.goto(`/projects/${idOf(big.code)}/`);
	await expect(page.locator('dl.facts').first()).toContainText(`${yi.toLocaleString('zh-CN')}亿元`);
	await page.goto(`/en/projects/${idOf(big.code)}/`);
	const expected = yi >= 10 ? `CNY ${(yi / 10).toLocaleString('en')} billion` : `CNY ${(yi * 100).toLocaleString('en')} million`;
	await expect(page.locator('dl.facts').first()).toContainText(expected);
});

for (const lang of LANGS) {
	test(`${lang.locale}: a filtered card is the server's card, under a heading that names the filter and counts`, async ({
		page,
		request,
	}) => {
		const projects = await openData<ProjectRow>(request, 'projects');
		const sample = projects.find((p) => p.recommended && projects.filter((o) => o.industry === p.industry).length > 1)!;
		const data = (await projectFile(request, sample.code))[lang.locale];
		const expected = projects.filter((p) => p.industry === sample.industry).length;
		await page.goto(`${lang.prefix}/projects/`);
		const server = await cardFields(page.locator('[data-unfiltered] .project-card').filter({ hasText: sample.code }));
		await page.locator('[data-module=project-filter] select[name=industry]').selectOption(data.industry);
		await expect(heading(page)).toHaveText(`${data.industry} · ${lang.count(expected)}`);
		await expect(heading(page)).toHaveRole('heading');
		await expect(filtered(page)).toHaveCount(expected);
		expect(await cardFields(filtered(page).filter({ hasText: sample.code }))).toEqual(server);
		expect(server.star).toBe(1);
		// The page's own count and pagination give way to the filtered list's.
		await expect(page.locator('.page-head [data-unfiltered]')).toBeHidden();
		await expect(page).toHaveURL(/\?industry=/);
	});

	test(`${lang.locale}: an empty result says which filters are on and removes each`, async ({ page, request }) => {
		const projects = await openData<ProjectRow>(request, 'projects');
		// An industry and a prefecture that have projects, but none together.
		const [a, b] = projects
			.flatMap((p) => projects.map((q) => [p, q] as const))
			.find(([p, q]) => !projects.some((r) => r.industry === p.industry && r.prefecture === q.prefecture))!;
		const industry = (await projectFile(request, a.code))[lang.locale].industry;
		const prefecture = (await projectFile(request, b.code))[lang.locale].prefecture;
		await page.goto(`${lang.prefix}/projects/?${new URLSearchParams({ industry, prefecture }).toString()}`);
		const none = page.locator('[data-filter-none]');
		await expect(none).toBeVisible();
		await expect(none.locator('[data-filter-why]')).toContainText(`“${industry}” “${prefecture}”`);
		await expect(heading(page)).toHaveText(`${industry} · ${prefecture} · ${lang.count(0)}`);
		await none.getByRole('button', { name: lang.remove(prefecture) }).click();
		const left = projects.filter((p) => p.industry === a.industry).length;
		await expect(heading(page)).toHaveText(`${industry} · ${lang.count(left)}`);
		await expect(none).toBeHidden();
		expect(new URL(page.url()).searchParams.getAll('prefecture')).toEqual([]);
		await expect(filtered(page)).toHaveCount(left);
	});

	test(`${lang.locale}: a link asking for a filter the list does not offer says so and keeps the others`, async ({ page, request }) => {
		const projects = await openData<ProjectRow>(request, 'projects');
		const sample = projects[0]!;
		const { prefecture } = (await projectFile(request, sample.code))[lang.locale];
		// An industry's id where the filter takes its name, as an old or hand-made link might.
		await page.goto(`${lang.prefix}/projects/?${new URLSearchParams({ industry: sample.industry, prefecture }).toString()}`);
		const form = page.locator('[data-module=project-filter] form');
		const industryLabel = (await form.locator('label:has(select[name=industry]) > span').textContent())!.trim();
		const dropped = form.locator('[data-filter-dropped]');
		await expect(dropped).toBeVisible();
		await expect(dropped).toContainText(`${industryLabel}${lang.locale === 'en' ? ' ' : ''}“${sample.industry}”`);
		await expect(dropped).not.toContainText(prefecture);
		// The select shows “all”, not a blank.
		await expect(form.locator('select[name=industry] option:checked')).toHaveText(lang.locale === 'en' ? 'All' : '全部');
		await expect(form.locator('select[name=prefecture]')).toHaveValue(prefecture);
		const inPrefecture = projects.filter((p) => p.prefecture === sample.prefecture).length;
		await expect(heading(page)).toHaveText(`${prefecture} · ${lang.count(inPrefecture)}`);
		// Once the reader chooses, the link's request is past.
		await form.locator('select[name=prefecture]').selectOption('');
		await expect(dropped).toBeHidden();
	});

	test(`${lang.locale}: the list filters by cooperation mode and park, and sorts by investment`, async ({ page, request }) => {
		const projects = await openData<ProjectRow>(request, 'projects');
		const ppp = projects.filter((p) => p.cooperation.split('; ').includes('ppp'));
		await page.goto(`${lang.prefix}/projects/`);
		const form = page.locator('[data-module=project-filter] form');
		await form.locator('select[name=cooperation]').selectOption('PPP');
		await expect(heading(page)).toHaveText(`PPP · ${lang.count(ppp.length)}`);
		await expect(filtered(page)).toHaveCount(ppp.length);

		await form.getByRole('button', { name: lang.prefix ? 'Reset' : '重置' }).click();
		const inPark = projects.find((p) => p.park && projects.filter((o) => o.park === p.park).length > 1)!;
		const park = (await projectFile(request, inPark.code))[lang.locale].sheet.park[0]!.text;
		const sameP = projects.filter((p) => p.park === inPark.park);
		await form.locator('select[name=park]').selectOption(park);
		await expect(heading(page)).toHaveText(`${park} · ${lang.count(sameP.length)}`);

		// By investment, largest first; the order is in the URL with the filter.
		await form.locator('select[name=sort]').selectOption('investment');
		const byInvestment = [...sameP].sort((x, y) => y.investment_10k_cny - x.investment_10k_cny).map((p) => p.code);
		await expect(filtered(page).locator('[data-slot="code"]')).toHaveText(byInvestment);
		expect(new URL(page.url()).searchParams.get('sort')).toBe('investment');
		// The whole list, sorted: the largest project first, however old.
		await page.goto(`${lang.prefix}/projects/?sort=investment`);
		await expect(heading(page)).toHaveText(lang.count(projects.length));
		const largest = [...projects].sort((x, y) => y.investment_10k_cny - x.investment_10k_cny)[0]!;
		await expect(filtered(page).first().locator('[data-slot="code"]')).toHaveText(largest.code);
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('project, park and policy pages are complete', async ({ page, request }) => {
		const [project] = await openData<ProjectRow>(request, 'projects');
		await page.goto(`/projects/${idOf(project!.code)}/`);
		await expect(page.locator('h1')).toHaveText(project!.title_zh);
		await expect(page.locator('dl.facts').first()).toContainText(project!.code);
		await page.goto('/policies/');
		await expect(page.locator('[data-policy-status]').first()).toBeVisible();
	});
});
