/**
 * Every file under /admin/, made at build time (and on request in `astro dev`): the page, our
 * bundle compiled from cms/admin/ with the configuration baked in, stylesheets, and Decap's
 * prebuilt files served from node_modules, so no CMS code comes from a CDN or reaches public pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { entryId } from '../src/content-check/ids.ts';
import { readEntryFolders } from '../src/content-check/read.ts';
import { tileSpec } from '../src/lib/tile-providers.ts';
import { readTaxonomies } from '../src/catalogue/taxonomies.ts';
import { entryCollections } from '../src/schema/collections.ts';
import { DEFAULT_LOCALE, LOCALES } from '../src/schema/fields.ts';
import { INDEX_NUMBER } from '../src/schema/formats.ts';
import type { SiteSettings } from '../src/schema/site.ts';
import type { CmsSettings } from './admin/main.ts';
import type { EntryIndex } from './admin/previews.ts';
import { CONTENT_DIR, cmsConfig } from './config.ts';
import type { Taxonomies } from './fields.ts';

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
export const ADMIN_PATHS: readonly string[] = [
	'index.html',
	'cms.js',
	'admin.css',
	'preview.css',
	...DECAP_FILES.map((name) => `decap/${name}`),
];

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

/** The terms editors choose from, read from content/ whenever the CMS is built or served. */
export function readTerms(): Taxonomies {
	const { industries, prefectures, expos } = readTaxonomies(ROOT);
	return { industries, prefectures, expos };
}

/** The Chinese front matter of every entry of each collection. */
function readOriginals(): Map<string, Record<string, Record<string, unknown>>> {
	return new Map(
		Object.values(entryCollections).map((c) => [
			c.name,
			Object.fromEntries(
				readEntryFolders(join(ROOT, CONTENT_DIR, c.folder), ROOT).entries.map((e) => [
					entryId(c, e.folder, e.files[DEFAULT_LOCALE]?.data ?? {}),
					e.files[DEFAULT_LOCALE]?.data ?? {},
				])
			),
		])
	);
}

/** Every 索引号 in content/, so the CMS continues each year's series. */
function indexNumbers(originals: ReturnType<typeof readOriginals>): string[] {
	return Object.values(entryCollections).flatMap((c) =>
		Object.entries(c.fields)
			.filter(([, f]) => f.kind === 'string' && f.pattern === INDEX_NUMBER)
			.flatMap(([name]) => Object.values(originals.get(c.name) ?? {}).map((data) => data[name]))
			.filter((n): n is string => typeof n === 'string')
	);
}

/** The titles (and a policy's effective date) of the entries other entries refer to, for previews. */
function entryIndex(originals: ReturnType<typeof readOriginals>): EntryIndex {
	const targets = new Set(
		Object.values(entryCollections).flatMap((c) => Object.values(c.fields).flatMap((f) => (f.kind === 'ref' ? [f.to] : [])))
	);
	return Object.fromEntries(
		[...originals]
			.filter(([name]) => targets.has(name))
			.map(([name, entries]) => [
				name,
				Object.fromEntries(
					Object.entries(entries).map(([id, data]) => [
						id,
						{ title: String(data.title ?? id), ...(typeof data.effective === 'string' ? { effective: data.effective } : {}) },
					])
				),
			])
	);
}

async function bundle(site: SiteSettings, local: Local | undefined): Promise<string> {
	const taxonomies = readTerms();
	const seats = readTaxonomies(ROOT).prefectures.map((p) => ({ name: p.name['zh-CN'], ...p.seat }));
	const originals = readOriginals();
	const configs = Object.fromEntries(
		LOCALES.map((locale) => [locale, cmsConfig(site, { locale, taxonomies, localBackend: local?.backend, localSite: local?.site })])
	);
	const settings: CmsSettings = {
		configs: configs as CmsSettings['configs'],
		taxonomies,
		location: { tiles: tileSpec(site.map, 'zh-CN'), seats, center: site.map.center, zoom: site.map.zoom, bounds: site.map.bounds },
		previewStyle: '/admin/preview.css',
		bureau: site.name['zh-CN'],
		unitCode: site.unitCode,
		indexNumbers: indexNumbers(originals),
		entries: entryIndex(originals),
		siteUrl: local?.site ?? site.url,
		publishMinutes: site.cms.publishMinutes,
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

/** A stylesheet with its relative `@import`s inlined, as the site's build bundles it. */
const withImports = (path: string): string =>
	read(path).replace(/^@import '\.\/([\w-]+\.css)';$/gm, (_, name: string) => withImports(join(dirname(path), name)));

/** Editing on this machine: decap-server's API and the dev server that shows the site. */
export interface Local {
	backend: string;
	site?: string | undefined;
}

/** One file under /admin/; `local` when editing on this machine (`npm run cms`). */
export async function adminFile(path: string, site: SiteSettings, local?: Local): Promise<AdminFile> {
	if (path === 'index.html') return { body: page(site), type: 'text/html; charset=utf-8' };
	if (path === 'cms.js') return { body: await bundle(site, local), type: 'text/javascript; charset=utf-8' };
	if (path === 'admin.css')
		return { body: readFileSync(LEAFLET_CSS, 'utf8') + read('cms/admin/admin.css'), type: 'text/css; charset=utf-8' };
	if (path === 'preview.css')
		return { body: withImports('src/styles/global.css') + read('cms/admin/preview.css'), type: 'text/css; charset=utf-8' };
	const name = path.replace(/^decap\//, '');
	if (path.startsWith('decap/') && DECAP_FILES.includes(name)) {
		return {
			body: readFileSync(join(DECAP_DIST, name)),
			type: name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript; charset=utf-8',
		};
	}
	throw new Error(`/admin/${path} is not a CMS file`);
}
