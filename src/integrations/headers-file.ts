import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile, type HeaderSettings } from '../lib/headers.ts';

/** Writes `_headers` for CDN hosts (Astro does not route files whose names start with `_`). */
export function headersFileIntegration(settings: HeaderSettings): AstroIntegration {
	return {
		name: 'headers-file',
		hooks: {
			'astro:build:done': async ({ dir }) => writeFile(new URL('_headers', dir), headersFile(settings)),
		},
	};
}
