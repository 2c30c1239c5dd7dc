/** The compare table (/compare/?ids=…) and the shortlist it is reached from. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { idOf, openData, projectFile, type ProjectRow } from './helpers.ts';

const LANGS = [
	{ prefix: '', locale: 'zh-CN', caption: (n: number) => `${n} 个招商项目的比较`, remove: '移除', compare: '比较这些项目' },
	{ prefix: '/en', locale: 'en', caption: (n: number) => `${n} projects compared`, remove: 'Remove', compare: 'Compare these projects' },
] as const;

/** The projects that say the most (returns, land, park, e-mail): the widest columns the table must fit. */
async function fullest(page: Page): Promise<ProjectRow[]> {
	const projects = await openData<ProjectRow>(page.request, 'projects');
	const score = async (p: ProjectRow) =>
		Object.values((await projectFile(page.request, p.code))['zh-CN'].sheet).reduce((n, lines) => n + lines.length, 0);
	const scored = await Promise.all(projects.map(async (p) => ({ p, n: await score(p) })));
	return scored.sort((a, b) => b.n - a.n).map((s) => s.p);
}

const table = (page: Page) => page.locator('table.compare-table');
/** English pages give the number as it is dialled from abroad. */
const phoneAsShown = (p: ProjectRow, locale: string) => (locale === 'en' ? p.contact_phone_intl : p.contact_phone);

for (const lang of LANGS) {
	test(`${lang.locale}: two to four projects side by side, from a link with codes in capitals`, async ({ page }) => {
		const projects = await fullest(page);
		for (const n of [2, 3, 4]) {
			const chosen = projects.slice(0, n);
			await page.goto(`${lang.prefix}/compare/?ids=${chosen.map((p) => p.code.toUpperCase()).join(',')}`);
			await expect(table(page).locator('caption')).toHaveText(lang.caption(n));
			const heads = table(page).locator('thead th[scope=col]');
			await expect(heads).toHaveCount(n);
			await expect(table(page).locator('tbody th[scope=row]')).toHaveCount(9);
			await expect(table(page).locator('tbody tr').first().locator('td')).toHaveCount(n);
			for (const [i, p] of chosen.entries()) {
				const data = (await projectFile(page.request, p.code))[lang.locale];
				await expect(heads.nth(i)).toContainText(p.code);
				await expect(heads.nth(i).getByRole('link')).toHaveAttribute('href', data.url);
				const column = (row: string) => table(page).locator(`tr[data-row=${row}] td`).nth(i);
				await expect(column('amount')).toHaveText(data.amount);
				await expect(column('industry')).toHaveText(data.industry);
				await expect(column('contact')).toContainText(phoneAsShown(p, lang.locale));
				await expect(column('cooperation')).toHaveText(data.sheet.cooperation[0]!.text);
			}
		}
		// Rows are named by the facts they hold.
		await expect(table(page).getByRole('rowheader')).toHaveText(
			lang.prefix
				? ['Total investment', 'Industry', 'Location', 'Park', 'Stage', 'Cooperation modes', 'Expected returns', 'Land area', 'Contact']
				: ['总投资', '所属产业', '所在地', '所在园区', '项目阶段', '合作方式', '预期效益', '用地面积', '联系人']
		);
	});

	test(`${lang.locale}: four projects print on one landscape A4 page`, async ({ page }) => {
		const chosen = (await fullest(page)).slice(0, 4);
		await page.goto(`${lang.prefix}/compare/?ids=${chosen.map((p) => idOf(p.code)).join(',')}`);
		await expect(table(page).locator('thead th[scope=col]')).toHaveCount(4);
		const pdf = await PDFDocument.load(await page.pdf({ format: 'A4', landscape: true }));
		expect(pdf.getPageCount()).toBe(1);
		const { width, height } = pdf.getPage(0).getSize();
		expect(width).toBeGreaterThan(height);
		// The filled table is as accessible as the rest of the site.
		const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});

	test(`${lang.locale}: the shortlist shows facts and contacts, removes with a button that says so, and links to the table`, async ({
		page,
	}) => {
		const [a, b, c] = await fullest(page);
		await page.goto(`${lang.prefix}/shortlist/`);
		await page.evaluate(
			(ids) => localStorage.setItem('shortlist', JSON.stringify(ids)),
			[a, b, c].map((p) => idOf(p!.code))
		);
		await page.reload();
		const items = page.locator('[data-items] > li');
		await expect(items).toHaveCount(3);
		await expect(items.first()).toContainText(phoneAsShown(a!, lang.locale));
		await expect(items.first().locator('.shortlist-facts dt')).toHaveCount(4);
		const remove = items.first().getByRole('button', { name: new RegExp(`^${lang.remove}.*${a!.code}`) });
		await expect(remove).toHaveText(lang.remove);
		// The button that removes is not the star that adds.
		await expect(items.first().locator('.star')).toHaveCount(0);
		await remove.click();
		await expect(items).toHaveCount(2);
		expect(await page.evaluate(() => localStorage.getItem('shortlist'))).toBe(JSON.stringify([idOf(b!.code), idOf(c!.code)]));

		await page.getByRole('link', { name: lang.compare }).click();
		await expect(page).toHaveURL(new RegExp(`${lang.prefix}/compare/\\?ids=`));
		await expect(table(page).locator('thead th[scope=col]')).toHaveCount(2);
	});

	test(`${lang.locale}: a shared shortlist reads codes in capitals; one project is too few to compare`, async ({ page }) => {
		const [a] = await fullest(page);
		await page.goto(`${lang.prefix}/shortlist/?ids=${a!.code.toUpperCase()}`);
		await expect(page.locator('[data-items] > li')).toHaveCount(1);
		await expect(page.locator('[data-items] > li')).toContainText(a!.code);
		await expect(page.getByRole('link', { name: lang.compare })).toBeHidden();
		await page.goto(`${lang.prefix}/compare/?ids=${a!.code},no-such-project`);
		await expect(page.locator('[data-choose]')).toBeVisible();
		await expect(page.locator('[data-missing]')).toContainText('NO-SUCH-PROJECT');
		await expect(table(page)).toBeHidden();
	});
}
