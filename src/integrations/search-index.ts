import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { localeOfPath, localizePath } from '../i18n/routing.ts';
import { routes } from '../lib/routes.ts';
import { segmentForIndex } from '../lib/search-segmentation.ts';
import { LOCALES } from '../schema/fields.ts';

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/**
 * One language's pages into its own Pagefind bundle. Pages are added one at a time in path order:
 * Pagefind numbers pages in the order they arrive, so concurrent adds would make the index differ
 * between two builds. Reading and segmenting the next batch overlaps with Pagefind indexing this one.
 */
async function indexPages(site: string, files: string[], outputPath: string): Promise<number> {
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	try {
		const prepare = async (file: string) => segmentForIndex(await readFile(file, 'utf8'));
		let indexed = 0;
		let batch = Promise.all(files.slice(0, 32).map(prepare));
		for (let i = 0; i < files.length; i += 32) {
			const contents = await batch;
			batch = Promise.all(files.slice(i + 32, i + 64).map(prepare));
			for (const [j, content] of contents.entries()) {
				if (!content) continue;
				const url = `/${relative(site, files[i + j]!)}`.replace(/index\.html$/, '');
				const added = await index.addHTMLFile({ url, content });
				if (added.errors.length) throw new Error(`${url}: ${added.errors.join('; ')}`);
				indexed++;
			}
		}
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length) throw new Error(written.errors.join('; '));
		return indexed;
	} finally {
		// Closing ends Pagefind's process, so the next language starts from empty memory.
		await pagefind.close();
	}
}

/**
 * Indexes the built site with Pagefind after Astro has written it: one bundle per language, at
 * /pagefind/ and /en/pagefind/, built one after the other so only one index is ever in memory.
 * Chinese text is cut into words first, the way the browser cuts queries (search-segmentation.ts).
 */
export function searchIndex(): AstroIntegration {
	return {
		name: 'search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const files = (await htmlFiles(site)).sort();
				for (const locale of LOCALES) {
					const pages = files.filter((file) => localeOfPath(`/${relative(site, file)}`) === locale);
					const bundle = localizePath(routes.searchBundle, locale);
					const indexed = await indexPages(site, pages, join(site, bundle));
					logger.info(`${bundle}: indexed ${indexed} of ${pages.length} pages`);
				}
			},
		},
	};
}
