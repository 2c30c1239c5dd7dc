/**
 * Page weight budgets, measured on the built files: what a first visit to a page downloads as
 * gzip — its HTML, the stylesheets and scripts it references, and the modules those scripts import
 * at load — excluding images. Modules imported only on demand (import()) do not count.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles, urlOf } from './dist-files.ts';

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const KB = 1024;

/** A JavaScript module and everything it statically imports, each once. */
function moduleGraph(file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file) || !existsSync(file)) return seen;
	seen.add(file);
	const code = readFileSync(file, 'utf8');
	for (const [, spec] of code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
		if (spec!.startsWith('.')) moduleGraph(join(file, '..', spec!), seen);
		else if (spec!.startsWith('/')) moduleGraph(join(DIST, spec!), seen);
	}
	return seen;
}

function weight(file: string) {
	const doc = parse(readFileSync(file, 'utf8'));
	const css = doc.querySelectorAll('link[rel=stylesheet]').map((l) => join(DIST, l.getAttribute('href')!));
	const scripts = new Set<string>();
	for (const s of doc.querySelectorAll('script[src]')) moduleGraph(join(DIST, s.getAttribute('src')!), scripts);
	for (const l of doc.querySelectorAll('link[rel=modulepreload]')) moduleGraph(join(DIST, l.getAttribute('href')!), scripts);
	const js = [...scripts].reduce((n, f) => n + gz(f), 0);
	return { html: gz(file), css: css.reduce((n, f) => n + gz(f), 0), js };
}

const pages = htmlFiles().filter((f) => !/\/(404|poster)\b/.test(f));
/**
 * The park map and search are tools whose point is their script, and /admin/ is the editors' CMS
 * (Decap's own bundle); the budgets are for content pages.
 */
const isTool = (url: string) => /\/(parks\/map|search)\/$/.test(url) || url.startsWith('/admin/');

describe('page weight', () => {
	it('keeps every content page within 60 KB of HTML, CSS and JS (gzip)', () => {
		const over = pages
			.map((f) => ({ url: urlOf(f), ...weight(f) }))
			.filter((w) => !isTool(w.url) && w.html + w.css + w.js > 60 * KB)
			.map(
				(w) =>
					`${w.url}: ${((w.html + w.css + w.js) / KB).toFixed(1)} KB (html ${(w.html / KB).toFixed(1)}, css ${(w.css / KB).toFixed(1)}, js ${(w.js / KB).toFixed(1)})`
			);
		expect(over).toEqual([]);
	});

	it('keeps JavaScript under 10 KB (gzip) at first load; small maps load Leaflet when scrolled near', () => {
		const over = pages
			.map((f) => ({ url: urlOf(f), js: weight(f).js }))
			.filter((w) => !isTool(w.url) && w.js > 10 * KB)
			.map((w) => `${w.url}: ${(w.js / KB).toFixed(1)} KB`);
		expect(over).toEqual([]);
	});

	it('loads nothing render-blocking from another host', () => {
		const foreign = pages.flatMap((f) =>
			parse(readFileSync(f, 'utf8'))
				.querySelectorAll('link[rel=stylesheet], script[src]')
				.map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? '')
				.filter((u) => /^(https?:)?\/\//.test(u))
				.map((u) => `${urlOf(f)}: ${u}`)
		);
		expect(foreign).toEqual([]);
	});
});
