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
					const files = await htmlFiles(site);
					for (const file of files) {
						const url = `/${relative(site, file)}`.replace(/index\.html$/, '');
						const added = await index.addHTMLFile({ url, content: segmentForIndex(await readFile(file, 'utf8')) });
						if (added.errors.length) throw new Error(`${url}: ${added.errors.join('; ')}`);
					}
					const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
					if (written.errors.length) throw new Error(written.errors.join('; '));
					logger.info(`indexed ${files.length} pages`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
