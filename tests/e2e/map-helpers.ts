/** What the map tests share: pages kept offline, and maps given other settings than the sample's. */
import { test as base, expect, type Page } from '@playwright/test';
import type { MapConfig } from '../../src/features/maps/map-config.ts';
import { isTileRequest } from './helpers.ts';

/**
 * Every page in these tests is offline: requests that leave localhost are aborted and recorded, and
 * a test fails if any of them went anywhere but the configured tile host. With tiles aborted, the
 * maps must fall back to their schematic.
 */
export const test = base.extend<{ outside: string[] }>({
	outside: [
		async ({ page }, use) => {
			const outside: string[] = [];
			await page.route('**/*', (route) => {
				const url = new URL(route.request().url());
				if (url.hostname === 'localhost' || url.hostname === '127.0.0.1') return route.continue();
				outside.push(url.href);
				return route.abort('internetdisconnected');
			});
			await use(outside);
			expect(
				outside.filter((url) => !isTileRequest(url)),
				'requests that left localhost for another host than the tile host'
			).toEqual([]);
		},
		{ auto: true },
	],
});

const unescapeAttribute = (text: string) =>
	text
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * Serves the site's pages with their maps configured otherwise: `change` rewrites each map's
 * `data-map` (what MapView.astro builds from the settings), and `imageHosts` join the page's
 * Content-Security-Policy, as a site configured with those tiles would have them. The sample site
 * has no tiles and no standard map, so this is how the map's handling of both is tested.
 */
export async function configureMaps(page: Page, change: (config: MapConfig) => MapConfig, imageHosts: readonly string[] = []) {
	await page.route(
		(url) => url.hostname === 'localhost',
		async (route) => {
			if (route.request().resourceType() !== 'document') return route.fallback();
			const response = await route.fetch();
			const html = (await response.text())
				.replace(
					/data-map="([^"]*)"/g,
					(_, config: string) => `data-map="${escapeAttribute(JSON.stringify(change(JSON.parse(unescapeAttribute(config)) as MapConfig)))}"`
				)
				.replace(/img-src ([^;"]*)/, (directive) => [directive, ...imageHosts].join(' '));
			await route.fulfill({ response, body: html });
		}
	);
}
