/**
 * Reads the built site (dist/) the way a visitor's browser and an inspector's crawler meet it:
 * every internal link, anchor, image, script, stylesheet and attachment must resolve, and every
 * image must say what it shows. Used by the self-inspection and by the dist tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export interface BrokenLink {
	/** The page's path on the site. */
	page: string;
	/** The reference as the page writes it. */
	ref: string;
	/** The anchor the target page lacks, when the page itself exists. */
	missingAnchor?: string;
}

export interface ImageProblem {
	page: string;
	src: string;
}

export interface BuiltSite {
	pages: number;
	brokenLinks: BrokenLink[];
	/** Images without an `alt` attribute: a screen reader reads out their file name. */
	imagesWithoutAlt: ImageProblem[];
	/** Images in an entry's text marked as decorative (`alt=""`): editors' Markdown images without a description. */
	undescribedImages: ImageProblem[];
}

/** Every HTML page of a built site; Pagefind's own files are not pages. */
export function htmlFiles(dir: string): string[] {
	return readdirSync(dir)
		.sort()
		.flatMap((name) => {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
			return name.endsWith('.html') ? [path] : [];
		});
}

/** The path a page is served at: `dist/en/news/index.html` is `/en/news/`. */
export const pageUrl = (dist: string, file: string) =>
	`/${relative(dist, file)
		.split('\\')
		.join('/')
		.replace(/index\.html$/, '')}`;

/** Every reference a page makes to another file: links, stylesheets, images and their variants, scripts. */
function references(doc: HTMLElement): string[] {
	return [
		...doc.querySelectorAll('a[href], link[href]').map((e) => e.getAttribute('href')!),
		...doc.querySelectorAll('img[src], script[src], source[src]').map((e) => e.getAttribute('src')!),
		...doc.querySelectorAll('img[srcset], source[srcset]').flatMap((e) =>
			e
				.getAttribute('srcset')!
				.split(',')
				.map((s) => s.trim().split(/\s+/)[0]!)
		),
	];
}

const EXTERNAL = /^(https?:|mailto:|tel:|data:|\/\/)/;

export function readBuiltSite(dist: string): BuiltSite {
	const files = htmlFiles(dist);
	const ids = new Map<string, Set<string>>();
	const resolved = new Map<string, string | undefined>();
	/** The file a site path is served from, as a static host resolves it. */
	const target = (path: string): string | undefined => {
		if (!resolved.has(path)) {
			let found: string | undefined;
			try {
				const file = join(dist, decodeURIComponent(path));
				if (existsSync(file) && statSync(file).isFile()) found = file;
				else if (existsSync(join(file, 'index.html'))) found = join(file, 'index.html');
			} catch {
				// A malformed escape (`%E4%B8`) names no file.
			}
			resolved.set(path, found);
		}
		return resolved.get(path);
	};
	const site: BuiltSite = { pages: files.length, brokenLinks: [], imagesWithoutAlt: [], undescribedImages: [] };
	// Anchors are checked once every page's ids are known.
	const anchored: { page: string; ref: string; path: string; anchor: string }[] = [];
	for (const file of files) {
		const page = pageUrl(dist, file);
		const doc = parse(readFileSync(file, 'utf8'));
		ids.set(page, new Set(doc.querySelectorAll('[id]').map((e) => e.id)));
		for (const ref of references(doc)) {
			if (ref === '' || EXTERNAL.test(ref)) continue;
			const [rawPath, anchor] = ref.split('#') as [string, string | undefined];
			const path = rawPath === '' ? page : new URL(rawPath, `http://site${page}`).pathname;
			if (!target(path)) site.brokenLinks.push({ page, ref });
			else if (anchor) anchored.push({ page, ref, path, anchor });
		}
		for (const img of doc.querySelectorAll('img')) {
			const src = img.getAttribute('src') ?? '';
			if (!img.hasAttribute('alt')) site.imagesWithoutAlt.push({ page, src });
			else if (img.getAttribute('alt')!.trim() === '' && img.getAttribute('aria-hidden') !== 'true' && img.closest('.prose'))
				site.undescribedImages.push({ page, src });
		}
	}
	for (const { page, ref, path, anchor } of anchored) {
		const targetIds = ids.get(path);
		let name = anchor;
		try {
			name = decodeURIComponent(anchor);
		} catch {
			// Compared as written.
		}
		if (targetIds && !targetIds.has(name)) site.brokenLinks.push({ page, ref, missingAnchor: anchor });
	}
	return site;
}
