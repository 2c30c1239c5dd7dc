/**
 * Measures a first search in Chromium: from typing into the search field to results on screen,
 * with every byte the browser transfers for it (Pagefind's script, WebAssembly, index chunks and
 * result fragments), on the built site served from disk.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Request } from '@playwright/test';
import { CHROMIUM_FLAGS } from '../chromium.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
};

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
	const server = createServer((req, res) => {
		let path = join(dist, decodeURIComponent(new URL(req.url!, 'http://x').pathname));
		if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
		if (!existsSync(path)) return void res.writeHead(404).end();
		const type = TYPES[extname(path)];
		// Text is sent compressed, as the site's nginx configuration and CDNs send it; Pagefind's own
		// files are compressed already.
		const body = type ? gzipSync(readFileSync(path)) : readFileSync(path);
		res.writeHead(200, {
			'Content-Type': type ?? 'application/octet-stream',
			'Content-Length': body.length,
			...(type && { 'Content-Encoding': 'gzip' }),
		});
		res.end(body);
	}).listen(0, '127.0.0.1');
	await new Promise((r) => server.once('listening', r));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: CHROMIUM_FLAGS,
	});
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
		server.close();
	}
}
