/**
 * HTTP headers every host must send with the site: one definition for the `_headers` file that CDN
 * hosts read and for the nginx configuration in src/deploy/ (a test keeps that file equal to this).
 */
import { headerPolicy } from './csp.ts';

export function securityHeaders(tiles: string): [name: string, value: string][] {
	return [
		['Content-Security-Policy', headerPolicy(tiles)],
		['X-Content-Type-Options', 'nosniff'],
		['X-Frame-Options', 'DENY'],
		['Referrer-Policy', 'strict-origin-when-cross-origin'],
		['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()'],
		['Cross-Origin-Opener-Policy', 'same-origin'],
		['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
	];
}

/** Cache lifetimes: hashed assets forever, everything else briefly so updates show up. */
export const CACHE_RULES: [pattern: string, value: string][] = [
	['/_astro/*', 'public, max-age=31536000, immutable'],
	['/pagefind/fragment/*', 'public, max-age=31536000, immutable'],
	['/pagefind/index/*', 'public, max-age=31536000, immutable'],
];
export const DEFAULT_CACHE = 'public, max-age=300, must-revalidate';

/** The `_headers` file of Netlify, Cloudflare Pages and similar hosts. */
export function headersFile(tiles: string): string {
	const block = (path: string, headers: [string, string][]) => [path, ...headers.map(([k, v]) => `  ${k}: ${v}`)].join('\n');
	return (
		[
			block('/*', [...securityHeaders(tiles), ['Cache-Control', DEFAULT_CACHE]]),
			...CACHE_RULES.map(([path, value]) => block(path, [['Cache-Control', value]])),
		].join('\n\n') + '\n'
	);
}
