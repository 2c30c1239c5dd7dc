import { mkdir, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile, NGINX_FOLDER, nginxIncludes, type HeaderSettings } from '../lib/headers.ts';

/**
 * Writes the headers for every kind of host: `_headers` for CDN hosts (Astro does not route files
 * whose names start with `_`) and the includes of .ci/nginx/nginx.conf.
 */
export function headersFileIntegration(settings: HeaderSettings): AstroIntegration {
	return {
		name: 'headers-file',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				await writeFile(new URL('_headers', dir), headersFile(settings));
				const nginx = new URL(`${NGINX_FOLDER}/`, dir);
				await mkdir(nginx, { recursive: true });
				for (const [name, text] of Object.entries(nginxIncludes(settings))) await writeFile(new URL(name, nginx), text);
			},
		},
	};
}
