import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { segmentForIndex } from '../lib/search-segmentation.ts';

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/**
 * Indexes the built site with Pagefind after Astro has written it, one index per `<html lang>`.
 * Chinese text is cut into words first, the way the browser cuts queries (search-segmentation.ts).
 */
export function searchIndex(): AstroIntegration {
	return {
		name: 'search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const { index, errors } = await pagefind.createIndex({});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				try {
					const files = (await htmlFiles(site)).sort();
					const prepare = async (file: string) => segmentForIndex(await readFile(file, 'utf8'));
					let indexed = 0;
					// Pages are added one at a time in path order: Pagefind numbers pages in the order they
					// arrive, so concurrent adds would make the index differ between two builds. Reading and
					// segmenting the next batch overlaps with Pagefind indexing the current one.
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
					const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
					if (written.errors.length) throw new Error(written.errors.join('; '));
					logger.info(`indexed ${indexed} of ${files.length} pages`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
