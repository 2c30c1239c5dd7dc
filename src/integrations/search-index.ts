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
					let indexed = 0;
					// Pagefind indexes in its own process: keep it fed while this one prepares pages.
					const add = async (file: string) => {
						const content = segmentForIndex(await readFile(file, 'utf8'));
						if (!content) return;
						const url = `/${relative(site, file)}`.replace(/index\.html$/, '');
						const added = await index.addHTMLFile({ url, content });
						if (added.errors.length) throw new Error(`${url}: ${added.errors.join('; ')}`);
						indexed++;
					};
					for (let i = 0; i < files.length; i += 32) await Promise.all(files.slice(i, i + 32).map(add));
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
