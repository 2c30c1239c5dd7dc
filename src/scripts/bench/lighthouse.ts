/**
 * Lighthouse (mobile preset) on the built site, in Debian's Chromium: performance, accessibility,
 * best practices and SEO for one page of each kind. Served from disk with gzip, as a host would.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { createGzip } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.avif': 'image/avif',
	'.webp': 'image/webp',
	'.jpg': 'image/jpeg',
	'.png': 'image/png',
	'.txt': 'text/plain',
	'.xml': 'application/xml',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt']);

export interface Scores {
	path: string;
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
}

/** Serves `dist` like the nginx configuration does (gzip, long cache for hashed assets). */
function serve(dist: string) {
	return createServer((req, res) => {
		let path = join(dist, decodeURIComponent(new URL(req.url!, 'http://x').pathname));
		if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
		if (!existsSync(path)) return void res.writeHead(404).end();
		const ext = extname(path);
		const headers: Record<string, string> = {
			'Content-Type': TYPES[ext] ?? 'application/octet-stream',
			'Cache-Control': path.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
		};
		if (COMPRESSIBLE.has(ext) && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
			res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip' });
			createReadStream(path).pipe(createGzip()).pipe(res);
		} else {
			res.writeHead(200, headers);
			createReadStream(path).pipe(res);
		}
	}).listen(0, '127.0.0.1');
}

export async function runLighthouse(dist: string, paths: string[]): Promise<Scores[]> {
	const server = serve(dist);
	await new Promise((r) => server.once('listening', r));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const chrome = await chromeLauncher.launch({
		chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
	});
	try {
		const out: Scores[] = [];
		for (const path of paths) {
			const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
			const c = result!.lhr.categories;
			const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
			out.push({ path, performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') });
		}
		return out;
	} finally {
		chrome.kill();
		server.close();
	}
}
