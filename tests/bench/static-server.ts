/** Serves a built site the way the nginx configuration does: text gzipped, hashed assets cached for a year. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain',
	'.avif': 'image/avif',
	'.webp': 'image/webp',
	'.jpg': 'image/jpeg',
	'.png': 'image/png',
};
// Pagefind's own files and images are compressed already.
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt']);

export async function serveDist(dist: string): Promise<{ origin: string; close: () => void }> {
	const server = createServer((req, res) => {
		let path = join(dist, decodeURIComponent(new URL(req.url!, 'http://x').pathname));
		if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
		if (!existsSync(path)) return void res.writeHead(404).end();
		const ext = extname(path);
		const gzip = COMPRESSIBLE.has(ext) && /gzip/.test(req.headers['accept-encoding'] ?? '');
		const body = gzip ? gzipSync(readFileSync(path)) : readFileSync(path);
		res.writeHead(200, {
			'Content-Type': TYPES[ext] ?? 'application/octet-stream',
			'Content-Length': body.length,
			'Cache-Control': path.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
			...(gzip && { 'Content-Encoding': 'gzip' }),
		});
		res.end(body);
	}).listen(0, '127.0.0.1');
	await new Promise((r) => server.once('listening', r));
	return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}
