import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openData, originals, type PolicyRow } from './helpers.ts';

const LABELS = { 'in-force': '现行有效', 'not-yet': '尚未生效', expired: '已失效', superseded: '已修订', repealed: '已废止' } as const;

test('each policy page shows its derived status and says when it is outdated', async ({ page, request }) => {
	const policies = await openData<PolicyRow>(request, 'policies');
	const seen = new Set<string>();
	for (const policy of policies) {
		if (seen.has(policy.status)) continue;
		seen.add(policy.status);
		await page.goto(`/policies/${policy.id}/`);
		await expect(page.locator('.status-row [data-policy-status]')).toHaveText(LABELS[policy.status as keyof typeof LABELS]);
		if (policy.status === 'superseded') {
			const successor = policies.find((p) => p.id === policy.superseded_by)!;
			await expect(page.getByRole('note')).toContainText('本文件已被修订');
			await expect(page.getByRole('note').getByRole('link')).toHaveText(successor.title_zh);
		}
		if (policy.status === 'expired')
			await expect(page.getByRole('note')).toContainText(`本文件已于 ${policy.expires!.replace(/-/g, '\u2011')} 失效`);
	}
	// The sample content has policies in force, expired and superseded.
	expect([...seen]).toEqual(expect.arrayContaining(['in-force', 'expired', 'superseded']));
});

test('a page built earlier corrects the status in the browser', async ({ page, request }) => {
	const policies = await openData<PolicyRow>(request, 'policies');
	const ending = policies.find((p) => p.status === 'in-force' && p.expires);
	test.skip(!ending, 'no policy in force with an expiry date');
	// Visit the page the day after the policy expires.
	const next = new Date(`${ending!.expires}T12:00:00+08:00`);
	next.setUTCDate(next.getUTCDate() + 1);
	await page.clock.setFixedTime(next);
	await page.goto(`/en/policies/${ending!.id}/`);
	await expect(page.locator('.status-row [data-policy-status]')).toHaveText('Expired');
	await expect(page.locator('[data-status-notice]')).toBeVisible();
	await expect(page.locator('[data-status-notice]')).toContainText('“Expired”');
});

test('the build’s status stands when the day has not changed it', async ({ page, request }) => {
	const policy = (await openData<PolicyRow>(request, 'policies')).find((p) => p.status === 'in-force')!;
	await page.goto(`/policies/${policy.id}/`);
	await expect(page.locator('.status-row [data-policy-status]')).toHaveText('现行有效');
	await expect(page.locator('[data-status-notice]')).toBeHidden();
});

const LEVELS = {
	national: ['国家级', 'National'],
	provincial: ['省级', 'Provincial'],
	prefecture: ['州市级', 'Prefectural'],
	county: ['县级', 'County'],
} as const;
const STATUS_EN = {
	'in-force': 'In force',
	'not-yet': 'Not yet in force',
	expired: 'Expired',
	superseded: 'Superseded',
	repealed: 'Repealed',
};

for (const [lang, prefix] of [
	['zh-CN', ''],
	['en', '/en'],
] as const) {
	test(`${lang}: the policy list filters by level and status, and the URL keeps both through a reload`, async ({ page, request }) => {
		test.slow();
		const policies = await openData<PolicyRow>(request, 'policies');
		const en = lang === 'en';
		const level = (l: string) => LEVELS[l as keyof typeof LEVELS][en ? 1 : 0];
		const status = (s: string) => (en ? STATUS_EN : LABELS)[s as keyof typeof LABELS];
		const expected = policies.filter((p) => p.level === 'provincial' && p.status === 'in-force');
		expect(expected.length).toBeGreaterThan(1);
		await page.goto(`${prefix}/policies/`);
		const form = page.locator('[data-module=policy-filter] form');
		await form.locator('select[name=policyLevel]').selectOption(level('provincial'));
		await form.locator('select[name=status]').selectOption(status('in-force'));
		await expect(page).toHaveURL(
			`${prefix}/policies/?${new URLSearchParams({ policyLevel: level('provincial'), status: status('in-force') })}`
		);
		const shown = en ? `${expected.length} ${expected.length === 1 ? 'policy' : 'policies'} shown` : `显示 ${expected.length} 件政策`;
		const results = page.locator('[data-filter-results] > li');
		const check = async () => {
			await expect(form.locator('[data-filter-status]')).toHaveText(shown);
			await expect(results).toHaveCount(expected.length);
			await expect(results.locator('[data-policy-status]')).toHaveText(expected.map(() => status('in-force')));
			await expect(results.locator('[data-slot=level]')).toHaveText(expected.map(() => level('provincial')));
			await expect(page.locator('[data-unfiltered]')).toBeHidden();
		};
		await check();
		const titles = await results.locator('h3 a').allTextContents();
		expect(new Set(titles)).toEqual(new Set(expected.map((p) => (en ? p.title_en : p.title_zh))));
		await page.reload();
		await expect(form.locator('select[name=policyLevel]')).toHaveValue(level('provincial'));
		await expect(form.locator('select[name=status]')).toHaveValue(status('in-force'));
		await check();
	});

	test(`${lang}: a filter nothing matches says so and clears`, async ({ page, request }) => {
		const policies = await openData<PolicyRow>(request, 'policies');
		const en = lang === 'en';
		// A level and a status that each some policy has, but no policy both.
		const pairs = policies.flatMap((a) => policies.map((b) => [a.level, b.status] as const));
		const [level, status] = pairs.find(([l, s]) => !policies.some((p) => p.level === l && p.status === s))!;
		await page.goto(`${prefix}/policies/`);
		const form = page.locator('[data-module=policy-filter] form');
		await form.locator('select[name=policyLevel]').selectOption(LEVELS[level as keyof typeof LEVELS][en ? 1 : 0]);
		await form.locator('select[name=status]').selectOption((en ? STATUS_EN : LABELS)[status as keyof typeof LABELS]);
		await expect(form.locator('[data-filter-status]')).toHaveText(en ? '0 policies shown' : '显示 0 件政策');
		const none = page.locator('[data-filter-none]');
		await expect(none).toContainText(en ? 'No policy matches these filters.' : '没有符合条件的政策。');
		await none.getByRole('button', { name: en ? 'Clear the filters' : '清除筛选条件' }).click();
		await expect(page).toHaveURL(`${prefix}/policies/`);
		await expect(none).toBeHidden();
		await expect(page.locator('[data-unfiltered] .policy-list > li')).toHaveCount(Math.min(policies.length, 24));
	});
}

test('the filtered policy list passes axe', async ({ page }) => {
	test.slow();
	await page.goto('/policies/?policyLevel=%E7%9C%81%E7%BA%A7');
	await expect(page.locator('[data-filter-results] > li').first()).toBeVisible();
	const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
	expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});

test('every policy shows its 文号 and 索引号 in the list and on its page', async ({ page, request }) => {
	const policies = await openData<PolicyRow>(request, 'policies');
	// The sample gives every policy a 索引号, and national documents their 文号 too.
	expect(policies.filter((p) => !p.index_number)).toEqual([]);
	expect(policies.filter((p) => p.level === 'national' && !p.doc_number).map((p) => p.id)).toEqual([]);
	await page.goto('/policies/');
	for (const p of policies) {
		const item = page.locator('[data-unfiltered] .policy-list > li', { has: page.getByRole('link', { name: p.title_zh, exact: true }) });
		await expect(item.locator('[data-slot=indexNumber]')).toHaveText(`索引号：${p.index_number}`);
		if (p.doc_number) await expect(item.locator('[data-slot=docNumber]')).toHaveText(`文号：${p.doc_number}`);
	}
	const sample = policies.find((p) => p.doc_number && p.level === 'national')!;
	await page.goto(`/en/policies/${sample.id}/`);
	const facts = page.locator('.meta dl');
	await expect(facts.locator('div', { hasText: 'Index number' }).locator('dd')).toHaveText(sample.index_number!);
	await expect(facts.locator('div', { hasText: 'Document number' }).locator('dd')).toHaveText(sample.doc_number!);
	await expect(facts.locator('div', { hasText: 'Document number' }).locator('dd')).toHaveAttribute('lang', 'zh-CN');
});

test('policies offer their original as a PDF, with its type and size, in both languages', async ({ page, request }) => {
	const withPdf = originals<{ attachments?: { file: string }[] }>('policies').filter((p) =>
		p.attachments?.some((a) => a.file.endsWith('.pdf'))
	);
	expect(withPdf.length).toBeGreaterThanOrEqual(8);
	for (const [prefix, heading] of [
		['', '附件'],
		['/en', 'Attachments'],
	] as const) {
		await page.goto(`${prefix}/policies/${withPdf[0]!.id}/`);
		const section = page.getByRole('region', { name: heading });
		const link = section.getByRole('link');
		await expect(link).toHaveText(/ PDF · \d+ KB$/);
		const res = await request.get((await link.getAttribute('href'))!);
		expect(res.status()).toBe(200);
		expect(res.headers()['content-type']).toContain('application/pdf');
		const body = await res.body();
		expect(body.subarray(0, 5).toString()).toBe('%PDF-');
		expect(await link.textContent()).toContain(`PDF · ${Math.round(body.length / 1024)} KB`);
	}
});

test('the interpretations list, linked from the policy list, shows every interpretation newest first with its policy', async ({ page }) => {
	const interpretations = originals<{ title: string; policy: string; published: string }>('interpretations');
	expect(interpretations.length).toBeGreaterThan(0);
	for (const [prefix, crumbs, link] of [
		['', ['首页', '政策', '政策解读'], '全部政策解读'],
		['/en', ['Home', 'Policies', 'Interpretations'], 'All interpretations'],
	] as const) {
		await page.goto(`${prefix}/policies/`);
		await page.getByRole('link', { name: link }).click();
		await expect(page).toHaveURL(`${prefix}/policies/interpretations/`);
		await expect(page.getByRole('navigation', { name: prefix ? 'You are here' : '当前位置' }).locator('li')).toHaveText([...crumbs]);
		const items = page.locator('.interpretation-list > li');
		await expect(items).toHaveCount(interpretations.length);
		const dates = await items.locator('time').allTextContents();
		expect(dates).toEqual([...dates].sort().reverse());
		for (const i of interpretations) {
			const item = items.filter({ has: page.locator(`h2 a[href="${prefix}/policies/interpretations/${i.id}/"]`) });
			await expect(item.locator(`a[href="${prefix}/policies/${i.policy}/"]`)).toHaveCount(1);
		}
	}
});

test('English policy and interpretation pages say that the Chinese text prevails; Chinese pages need not', async ({ page, request }) => {
	const policy = (await openData<PolicyRow>(request, 'policies'))[0]!;
	const interpretation = originals('interpretations')[0]!;
	for (const path of [`/policies/${policy.id}/`, `/policies/interpretations/${interpretation.id}/`]) {
		await page.goto(`/en${path}`);
		await expect(page.locator('[data-chinese-prevails]')).toHaveText(/The Chinese text is the official version and prevails/);
		await page.goto(path);
		await expect(page.locator('[data-chinese-prevails]')).toHaveCount(0);
	}
});
