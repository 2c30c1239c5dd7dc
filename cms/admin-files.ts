/**
 * Every file under /admin/, made at build time (and on request in `astro dev`): the page, our
 * bundle compiled from cms/admin/ with the configuration baked in, stylesheets, and Decap's
 * prebuilt files served from node_modules, so no CMS code comes from a CDN or reaches public pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import yaml from 'js-yaml';
import { dataCollections } from '../src/schema/collections.ts';
import { tileSpec } from '../src/lib/map-tiles.ts';
import type { SiteSettings } from '../src/schema/site.ts';
import { cmsConfig, type Taxonomies } from './config.ts';

// The project root: Astro runs from it, and this module is bundled into dist/ before it runs.
const ROOT = process.cwd();
const require = createRequire(join(ROOT, 'package.json'));
const DECAP_DIST = dirname(require.resolve('decap-cms/dist/decap-cms.js'));
const LEAFLET_CSS = require.resolve('leaflet/dist/leaflet.css');

export interface AdminFile {
	body: string | Uint8Array;
	type: string;
}

/** Decap's bundle and the chunks and WebAssembly it loads from next to itself. */
const DECAP_FILES = readdirSync(DECAP_DIST).filter((name) => /(^|\.)decap-cms\.js$|\.wasm$/.test(name));

/** The paths under /admin/ this module serves: what the build writes and the dev server answers. */
export const ADMIN_PATHS: readonly string[] = ['index.html', 'cms.js', 'admin.css', 'preview.css', ...DECAP_FILES.map((name) => `decap/${name}`)];

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

function page(site: SiteSettings): string {
	const title = `内容管理 · ${site.shortName['zh-CN']}`.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'));
	return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/admin/admin.css">
</head>
<body>
<script src="/admin/cms.js"></script>
<script src="/admin/decap/decap-cms.js"></script>
</body>
</html>
`;
}

/** Each taxonomy's terms, read from content/ whenever the CMS is built or served. */
export function readTaxonomies(): Taxonomies {
	return Object.fromEntries(
		Object.values(dataCollections).map((c) => {
			const data = yaml.load(read(`content/${c.file}`), { schema: yaml.CORE_SCHEMA }) as Record<string, Taxonomies[string]> | null;
			return [c.name, data?.[c.key] ?? []];
		})
	);
}

async function bundle(site: SiteSettings, localBackend: string | undefined): Promise<string> {
	const outline = existsSync(join(ROOT, 'content/map/region.geojson')) ? JSON.parse(read('content/map/region.geojson')) : null;
	const taxonomies = readTaxonomies();
	const settings = {
		config: cmsConfig(site, { localBackend, taxonomies }),
		taxonomies,
		location: { tiles: tileSpec(site.map, 'zh-CN'), outline, center: site.map.center, zoom: site.map.zoom, bounds: site.map.bounds },
		previewStyle: '/admin/preview.css',
	};
	const result = await build({
		entryPoints: [join(ROOT, 'cms/admin/main.ts')],
		bundle: true,
		write: false,
		format: 'iife',
		target: 'es2022',
		minify: true,
		legalComments: 'none',
		define: { __CMS_SETTINGS__: JSON.stringify(settings) },
		logLevel: 'silent',
	});
	return result.outputFiles[0]!.text;
}

/** One file under /admin/. `localBackend` is decap-server's API URL when editing on this machine. */
export async function adminFile(path: string, site: SiteSettings, localBackend?: string): Promise<AdminFile> {
	if (path === 'index.html') return { body: page(site), type: 'text/html; charset=utf-8' };
	if (path === 'cms.js') return { body: await bundle(site, localBackend), type: 'text/javascript; charset=utf-8' };
	if (path === 'admin.css') return { body: readFileSync(LEAFLET_CSS, 'utf8') + read('cms/admin/admin.css'), type: 'text/css; charset=utf-8' };
	if (path === 'preview.css') return { body: read('src/styles/global.css') + read('cms/admin/preview.css'), type: 'text/css; charset=utf-8' };
	const name = path.replace(/^decap\//, '');
	if (path.startsWith('decap/') && DECAP_FILES.includes(name)) {
		return { body: readFileSync(join(DECAP_DIST, name)), type: name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript; charset=utf-8' };
	}
	throw new Error(`/admin/${path} is not a CMS file`);
}
