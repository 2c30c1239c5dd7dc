import { expect, test } from '@playwright/test';
import { openData, type PolicyRow } from './helpers.ts';

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
