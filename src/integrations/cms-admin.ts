import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ADMIN_PATHS, adminFile } from '../../cms/admin-files.ts';
import { BUILD_STATUS_PATH, type BuildStatus } from '../../cms/admin/publishing.ts';
import { readSiteSettings } from '../catalogue/site.ts';
import { inspect } from '../features/inspect/inspect.ts';
import { REPORT_PATH } from '../features/inspect/report.ts';
import { buildDate } from '../lib/dates.ts';

/**
 * Publishes the CMS under /admin/. Its files are not Astro pages: they must not get the public
 * pages' Content-Security-Policy (Decap needs eval and inline styles, see src/lib/headers.ts).
 * In `astro dev` they are served on request, saving through decap-server (`npm run cms`).
 */
export function cmsAdmin(): AstroIntegration {
	return {
		name: 'cms-admin',
		hooks: {
			'astro:server:setup': ({ server }) => {
				const backend = process.env.CMS_LOCAL_BACKEND ?? `http://localhost:${process.env.CMS_PORT ?? 8081}/api/v1`;
				server.middlewares.use((req, res, next) => {
					const path = req.url?.split('?')[0] ?? '';
					if (!path.startsWith('/admin')) return next();
					const file = path.replace(/^\/admin\/?/, '') || 'index.html';
					// The dev server renders content/ as it is: a published change shows at once.
					if (`/admin/${file}` === BUILD_STATUS_PATH) {
						res.setHeader('Content-Type', 'application/json');
						return res.end(JSON.stringify({ local: true } satisfies BuildStatus));
					}
					// The content as it is now; the built site is inspected after a build.
					if (`/admin/${file}` === REPORT_PATH) {
						res.setHeader('Content-Type', 'application/json');
						return res.end(JSON.stringify(inspect({ root: process.cwd(), date: buildDate() })));
					}
					if (!ADMIN_PATHS.includes(file)) return next();
					adminFile(file, readSiteSettings(), { backend, site: `http://${req.headers.host}` }).then(({ body, type }) => {
						res.setHeader('Content-Type', type);
						res.end(body);
					}, next);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const site = readSiteSettings();
				const root = join(fileURLToPath(dir), 'admin');
				for (const file of ADMIN_PATHS) {
					const target = join(root, file);
					await mkdir(dirname(target), { recursive: true });
					const backend = process.env.CMS_LOCAL_BACKEND;
					await writeFile(target, (await adminFile(file, site, backend ? { backend } : undefined)).body);
				}
				logger.info(`wrote the CMS to /admin/`);
			},
		},
	};
}
