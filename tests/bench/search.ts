/**
 * Measures a first search in Chromium: from typing into the search field to results on screen,
 * with every byte the browser transfers for it (Pagefind's script, WebAssembly, index chunks and
 * result fragments), on the built site served from disk.
 */
import { chromium, type Request } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumToLaunch } from '../chromium.ts';
import { serveDist } from './static-server.ts';

export interface SearchMeasure {
	locale: string;
	query: string;
	/** How the search started: typed into the open search page, or a link to /search/?q=… opened cold. */
	how: 'typed' | 'opened';
	bytes: number;
	ms: number;
	results: number;
}

export async function measureSearch(dist: string, queries: [locale: string, query: string][]): Promise<SearchMeasure[]> {
	const { origin, close } = await serveDist(dist);
	const browser = await chromium.launch({ ...chromiumToLaunch(), args: CHROMIUM_FLAGS });
	try {
		const out: SearchMeasure[] = [];
		for (const [locale, query] of queries) {
			const prefix = locale === 'en' ? '/en' : '';
			for (const how of ['typed', 'opened'] as const) {
				// A phone, as at an expo: the facets stay closed, so their counts are not fetched.
				const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
				// Playwright reports the requests of Pagefind's web worker on the page too; CDP's network
				// events on the page's session would miss them. Each page has a fresh context: no cache.
				const sizes: Promise<number>[] = [];
				const count = (r: Request) => sizes.push(r.sizes().then((s) => s.responseHeadersSize + s.responseBodySize));
				// Times are taken in the page: from the first input event (typed) or the start of navigation
				// (opened) to the first result card in the DOM. Polling from outside would add its own delay.
				await page.addInitScript(() => {
					const w = window as unknown as { searchTiming: { start: number; end?: number } };
					w.searchTiming = { start: 0 };
					document.addEventListener('input', () => (w.searchTiming.start ||= performance.now()), true);
					new MutationObserver(() => {
						if (document.querySelector('[data-results] li')) w.searchTiming.end ??= performance.now();
					}).observe(document, { childList: true, subtree: true });
				});
				if (how === 'typed') {
					// The page is open and idle: count what the query itself fetches.
					await page.goto(`${origin}${prefix}/search/`, { waitUntil: 'networkidle' });
					page.on('requestfinished', count);
					await page.locator('#search-q').fill(query);
				} else {
					page.on('requestfinished', count);
					await page.goto(`${origin}${prefix}/search/?q=${encodeURIComponent(query)}`);
				}
				await page.locator('[data-results] li').first().waitFor();
				const timing = await page.evaluate(() => (window as unknown as { searchTiming: { start: number; end: number } }).searchTiming);
				const ms = Math.round(timing.end - timing.start);
				const results = Number(/\d+/.exec((await page.locator('[data-status]').textContent()) ?? '')?.[0]);
				const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
				out.push({ locale, query, how, bytes, ms, results });
				await page.close();
			}
		}
		return out;
	} finally {
		await browser.close();
		close();
	}
}
