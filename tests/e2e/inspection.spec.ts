/**
 * 网站自查 in the CMS at /admin/: the report the build published, in the editor's language, grouped
 * as 单项否决 / 扣分 / 提示, accessible, and closed with Escape.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { REPORT_PATH, SEVERITIES, SEVERITY_LABELS, type Report } from '../../src/features/inspect/report.ts';

// Decap's bundle is large, and axe and Decap share the page's one thread: as the CMS tests, these
// have three minutes. The report waits for the page's scripts, not for every chunk they load.
async function openReport(page: Page, request: APIRequestContext, query = ''): Promise<Report> {
	test.setTimeout(180_000);
	const report = (await (await request.get(REPORT_PATH)).json()) as Report;
	await page.goto(`/admin/${query}`, { waitUntil: 'domcontentloaded' });
	return report;
}

test('网站自查 opens the published report, grouped by severity, with where and how to fix', async ({ page, request }) => {
	const report = await openReport(page, request);
	const button = page.getByRole('button', { name: /^网站自查/ });
	await expect(button).toHaveText(report.counts.veto ? `网站自查：${report.counts.veto} 项单项否决` : '网站自查');
	await button.click();
	const dialog = page.getByRole('dialog', { name: '网站自查' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('heading', { level: 3 })).toHaveText(
		SEVERITIES.map((s) => `${SEVERITY_LABELS[s]['zh-CN']} (${report.counts[s]})`)
	);
	await expect(dialog).toContainText(`按 ${report.date} 检查`);
	for (const f of report.findings.slice(0, 3)) {
		await expect(dialog.getByText(f.message['zh-CN'], { exact: true }).first()).toBeVisible();
		await expect(dialog.getByText(f.where, { exact: true }).first()).toBeAttached();
	}
	// A content file opens in the CMS's editor.
	const file = report.findings.find((f) => f.where.startsWith('content/') && f.where.endsWith('.md'));
	if (file) await expect(dialog.getByRole('link', { name: file.where }).first()).toHaveAttribute('href', /^#\/collections\/\w+\/entries\//);
	const { violations } = await new AxeBuilder({ page }).include('dialog.inspection').withTags(['wcag2a', 'wcag2aa']).analyze();
	expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
});

test('网站自查 speaks English to an editor who chose English', async ({ page, request }) => {
	const report = await openReport(page, request, '?lang=en');
	await page.getByRole('button', { name: /^Self-inspection/ }).click();
	const dialog = page.getByRole('dialog', { name: 'Self-inspection' });
	await expect(dialog.getByRole('heading', { level: 3 })).toHaveText(
		SEVERITIES.map((s) => `${SEVERITY_LABELS[s].en} (${report.counts[s]})`)
	);
	if (report.findings[0]) await expect(dialog.getByText(report.findings[0].message.en, { exact: true }).first()).toBeVisible();
});
