/**
 * The enquiries of 互动交流 are in the site's search under a type of their own. (Words from them are
 * found like any page's: search.spec.ts checks every query against every indexed page.)
 */
import { expect, test } from '@playwright/test';
import { entryCollections } from '../../src/schema/collections.ts';
import { entryIds, searchOutcome } from './helpers.ts';

const enquiries = entryIds('enquiries');

for (const [prefix, lang] of [
	['', 'zh-CN'],
	['/en', 'en'],
] as const) {
	test(`the type facet finds every published enquiry (${lang})`, async ({ page }) => {
		const type = entryCollections.enquiries.labelSingular[lang];
		await page.goto(`${prefix}/search/?type=${encodeURIComponent(type)}`);
		expect(await searchOutcome(page)).toBe(enquiries.length);
		const found = await page
			.locator('[data-results] h2 a')
			.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(found.sort()).toEqual(enquiries.map((id) => `${prefix}/interaction/${id}/`).sort());
	});
}
