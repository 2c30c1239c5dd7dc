import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with Pagefind after Astro has written it. Pagefind's extended build
 * segments Chinese into words; each `<html lang>` gets its own index, so Chinese and English
 * searches stay apart.
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
					const added = await index.addDirectory({ path: site });
					if (added.errors.length) throw new Error(added.errors.join('; '));
					const written = await index.writeFiles({ outputPath: `${site}pagefind` });
					if (written.errors.length) throw new Error(written.errors.join('; '));
					logger.info(`indexed ${added.page_count} pages`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
