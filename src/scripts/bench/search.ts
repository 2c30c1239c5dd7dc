/**
 * Measures a first search in Chromium: from typing into the search field to results on screen,
 * with every byte the browser transfers for it (Pagefind's script, WebAssembly, index chunks and
 * result fragments), on the built site served from disk.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { chromium } from '@playwright/test';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

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
		res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Content-Length': statSync(path).size });
		createReadStream(path).pipe(res);
	}).listen(0, '127.0.0.1');
	await new Promise((r) => server.once('listening', r));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
	});
	try {
		const out: SearchMeasure[] = [];
		for (const [locale, query] of queries) {
			const prefix = locale === 'en' ? '/en' : '';
			for (const how of ['typed', 'opened'] as const) {
				const page = await browser.newPage();
				const cdp = await page.context().newCDPSession(page);
				await cdp.send('Network.enable');
				await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
				let bytes = 0;
				let started = 0;
				if (how === 'typed') {
					// The page is open and idle: count what the query itself fetches.
					await page.goto(`${origin}${prefix}/search/`, { waitUntil: 'networkidle' });
					cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (bytes += e.encodedDataLength));
					started = Date.now();
					await page.locator('#search-q').fill(query);
				} else {
					cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (bytes += e.encodedDataLength));
					started = Date.now();
					await page.goto(`${origin}${prefix}/search/?q=${encodeURIComponent(query)}`);
				}
				await page.locator('[data-results] li').first().waitFor();
				const ms = Date.now() - started;
				const results = Number(/\d+/.exec((await page.locator('[data-status]').textContent()) ?? '')?.[0]);
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
