/**
 * HTTP headers every host must send with the site: one definition for the `_headers` file that CDN
 * hosts read and for the nginx configuration in .ci/nginx/ (a test keeps that file equal to this).
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
	...LOCALES.flatMap((locale) => ['fragment', 'index'].map((dir): [string, string] => [`${localizePath(routes.searchBundle, locale)}${dir}/*`, FOREVER])),
];
export const DEFAULT_CACHE = 'public, max-age=300, must-revalidate';

/**
 * The `_headers` file of Cloudflare Pages, Netlify and similar hosts. Rules that match a path add
 * up, so /admin/ first detaches the public policy (`! Header`, Cloudflare's syntax) and sends its own.
 */
export function headersFile(settings: HeaderSettings): string {
	const block = (path: string, headers: [string, string][]) => [path, ...headers.map(([k, v]) => (k.startsWith('!') ? `  ${k}` : `  ${k}: ${v}`))].join('\n');
	const [adminPolicyHeader] = adminHeaders(settings);
	return (
		[
			block('/*', [...securityHeaders(settings.map.tiles), ['Cache-Control', DEFAULT_CACHE]]),
			block('/admin/*', [['! Content-Security-Policy', ''], adminPolicyHeader!]),
			...CACHE_RULES.map(([path, value]) => block(path, [['Cache-Control', value]])),
		].join('\n\n') + '\n'
	);
}
