/**
 * HTTP headers every host must send with the site, defined once: the build writes them as the
 * `_headers` file CDN hosts read and as the files .ci/nginx/nginx.conf includes.
 */
import { localizePath } from '../i18n/routing.ts';
import { LOCALES } from '../schema/fields.ts';
import { adminPolicy, headerPolicy, type CmsHosts } from './csp.ts';
import { routes } from './routes.ts';

/** What the headers depend on: the map tiles and the CMS's git host, from content/site.yaml. */
export interface HeaderSettings {
	map: { tiles: string };
	cms: CmsHosts;
}

export function securityHeaders(tiles: string, policy = headerPolicy(tiles)): [name: string, value: string][] {
	return [
		['Content-Security-Policy', policy],
		['X-Content-Type-Options', 'nosniff'],
		['X-Frame-Options', 'DENY'],
		['Referrer-Policy', 'strict-origin-when-cross-origin'],
		['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()'],
		['Cross-Origin-Opener-Policy', 'same-origin'],
		['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
	];
}

/** The same headers for /admin/, with the CMS's own policy. */
export const adminHeaders = ({ map, cms }: HeaderSettings) => securityHeaders(map.tiles, adminPolicy(map.tiles, cms));

/** Cache lifetimes: hashed assets forever, everything else briefly so updates show up. */
const FOREVER = 'public, max-age=31536000, immutable';
export const CACHE_RULES: [pattern: string, value: string][] = [
	['/_astro/*', FOREVER],
	// Each language's search bundle: its fragment and index files carry hashed names, its entry file does not.
	...LOCALES.flatMap((locale) =>
		['fragment', 'index'].map((dir): [string, string] => [`${localizePath(routes.searchBundle, locale)}${dir}/*`, FOREVER])
	),
];
export const DEFAULT_CACHE = 'public, max-age=300, must-revalidate';

/**
 * The `_headers` file of Cloudflare Pages, Netlify and similar hosts. Rules that match a path add
 * up, so /admin/ first detaches the public policy (`! Header`, Cloudflare's syntax) and sends its own.
 */
export function headersFile(settings: HeaderSettings): string {
	const block = (path: string, headers: [string, string][]) =>
		[path, ...headers.map(([k, v]) => (k.startsWith('!') ? `  ${k}` : `  ${k}: ${v}`))].join('\n');
	const [adminPolicyHeader] = adminHeaders(settings);
	return (
		[
			block('/*', [...securityHeaders(settings.map.tiles), ['Cache-Control', DEFAULT_CACHE]]),
			block('/admin/*', [['! Content-Security-Policy', ''], adminPolicyHeader!]),
			...CACHE_RULES.map(([path, value]) => block(path, [['Cache-Control', value]])),
		].join('\n\n') + '\n'
	);
}

/** Where the build puts the nginx includes, under dist/; nginx.conf names them and hides the folder. */
export const NGINX_FOLDER = '_nginx';

/**
 * The headers as nginx includes: `cache.conf` (an http-level map of Cache-Control by path),
 * `headers.conf` (the server's headers) and `admin-headers.conf` (all of them again for /admin/,
 * since add_header in a location replaces the server's).
 */
export function nginxIncludes(settings: HeaderSettings): Record<string, string> {
	const quote = (v: string) => `"${v.replace(/"/g, '\\"')}"`;
	const headers = (list: [string, string][], indent: string) =>
		[...list, ['Cache-Control', '$cache_control'] as [string, string]]
			.map(([k, v]) => `${indent}add_header ${k} ${v.startsWith('$') ? v : quote(v)} always;`)
			.join('\n') + '\n';
	const patterns = CACHE_RULES.map(([path, value]): [string, string] => [`~^${path.replace(/\*$/, '')}`, quote(value)]);
	const width = Math.max(...patterns.map(([pattern]) => pattern.length), 'default'.length) + 2;
	return {
		'cache.conf': [
			'map $uri $cache_control {',
			...[...patterns, ['default', quote(DEFAULT_CACHE)] as const].map(([pattern, value]) => `\t${pattern.padEnd(width)}${value};`),
			'}',
			'',
		].join('\n'),
		'headers.conf': headers(securityHeaders(settings.map.tiles), ''),
		'admin-headers.conf': headers(adminHeaders(settings), ''),
	};
}
