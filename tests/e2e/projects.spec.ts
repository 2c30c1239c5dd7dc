import { expect, test } from '@playwright/test';
import { idOf, openData, type ProjectRow } from './helpers.ts';

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
