/**
 * Every internal link, anchor, image, script, stylesheet and attachment in the built site resolves,
 * in both languages.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles, read, urlOf } from './dist-files.ts';

const files = htmlFiles();
const ids = new Map<string, Set<string>>();
const pages = new Map(files.map((f) => [urlOf(f), parse(read(f))]));
for (const [url, doc] of pages) ids.set(url, new Set(doc.querySelectorAll('[id]').map((e) => e.id)));

/** The file a site path is served from, as a static host resolves it. */
function target(path: string): string | undefined {
	const file = join(DIST, decodeURIComponent(path));
	if (existsSync(file) && statSync(file).isFile()) return file;
	const index = join(file, 'index.html');
	return existsSync(index) ? index : undefined;
}

describe('internal links', () => {
	it('finds the built site', () => {
		expect(files.length).toBeGreaterThan(50);
	});

	it('all resolve, with their anchors', () => {
		const broken: string[] = [];
		for (const [url, doc] of pages) {
			const refs = [
				...doc.querySelectorAll('a[href]').map((e) => e.getAttribute('href')!),
				...doc.querySelectorAll('link[href]').map((e) => e.getAttribute('href')!),
				...doc.querySelectorAll('img[src], script[src], source[src]').map((e) => e.getAttribute('src')!),
				...doc.querySelectorAll('img[srcset], source[srcset]').flatMap((e) =>
					e
						.getAttribute('srcset')!
						.split(',')
						.map((s) => s.trim().split(/\s+/)[0]!)
				),
			];
			for (const ref of refs) {
				if (/^(https?:|mailto:|tel:|data:)/.test(ref) || ref === '') continue;
				const [rawPath, anchor] = ref.split('#') as [string, string | undefined];
				const path = rawPath === '' ? url : new URL(rawPath, `http://site${url}`).pathname;
				if (!target(path)) {
					broken.push(`${url} → ${ref}`);
					continue;
				}
				if (anchor && ids.has(path) && !ids.get(path)!.has(decodeURIComponent(anchor))) broken.push(`${url} → ${ref} (no #${anchor})`);
			}
		}
		expect(broken).toEqual([]);
	});
});
