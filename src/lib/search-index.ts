import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { localeOfPath, localizePath } from '../i18n/routing.ts';
import { routes } from './routes.ts';
import { segmentForIndex } from './search-segmentation.ts';
import { LOCALES } from '../schema/fields.ts';

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** Pages read from disk ahead of the one being prepared, so reading never waits on the disk. */
const READ_AHEAD = 16;
/** Pages sent to Pagefind and not yet answered: enough to keep it busy, few enough to bound memory. */
const IN_FLIGHT = 64;

/**
 * One language's pages into its own Pagefind bundle. Pagefind numbers pages in the order they
 * arrive, so they go in path order to keep the index the same between two builds. Its service
 * answers requests one at a time in that order, so a page is sent without waiting for the answer
 * to the last one: Pagefind indexes one page while the next is read and segmented here.
 */
async function indexPages(site: string, files: string[], outputPath: string): Promise<number> {
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	try {
		const reads = files.slice(0, READ_AHEAD).map((file) => readFile(file, 'utf8'));
		const sent: Promise<void>[] = [];
		let indexed = 0;
		for (const [i, file] of files.entries()) {
			const html = await reads.shift()!;
			const next = files[i + READ_AHEAD];
			if (next) reads.push(readFile(next, 'utf8'));
			const content = segmentForIndex(html);
			if (!content) continue;
			const url = `/${relative(site, file)}`.replace(/index\.html$/, '');
			const added = index.addHTMLFile({ url, content }).then(({ errors }) => {
				if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
			});
			// Awaited in turn below; until then a failure must not count as unhandled.
			added.catch(() => {});
			sent.push(added);
			indexed++;
			if (sent.length >= IN_FLIGHT) await sent.shift();
		}
		await Promise.all(sent);
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length) throw new Error(written.errors.join('; '));
		return indexed;
	} finally {
		// Closing ends Pagefind's process, so the next language starts from empty memory.
		await pagefind.close();
	}
}

/**
 * Indexes a built site with Pagefind: one bundle per language, at /pagefind/ and /en/pagefind/,
 * built one after the other so only one index is ever in memory. Chinese text is cut into words
 * first, the way the browser cuts queries (search-segmentation.ts).
 */
export async function indexSite(site: string, log: (message: string) => void): Promise<void> {
	const files = (await htmlFiles(site)).sort();
	for (const locale of LOCALES) {
		const pages = files.filter((file) => localeOfPath(`/${relative(site, file)}`) === locale);
		const bundle = localizePath(routes.searchBundle, locale);
		const indexed = await indexPages(site, pages, join(site, bundle));
		log(`${bundle}: indexed ${indexed} of ${pages.length} pages`);
	}
}
