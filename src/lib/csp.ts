/**
 * The Content-Security-Policy, in one place. Astro puts it in a <meta> tag with hashes of what it
 * bundles; the web server sends the same directives as a header (a meta policy cannot carry
 * frame-ancestors), and a test keeps the header files equal to this module.
 */
import { GIT_HOSTS, type GitHostName } from './git-hosts.ts';
import { tileHosts } from './tile-providers.ts';

/** A directive as Astro's `security.csp.directives` types it. */
type Directive =
	`${'default' | 'img' | 'font' | 'connect' | 'worker' | 'object' | 'manifest'}-src ${string}` | `${'base-uri' | 'form-action'} ${string}`;

/** Directives besides script-src and style-src, which Astro writes with its hashes. */
export function cspDirectives(tiles: string): Directive[] {
	return [
		"default-src 'self'",
		`img-src ${["'self'", 'data:', ...tileHosts(tiles)].join(' ')}`,
		"font-src 'self'",
		"connect-src 'self'",
		"worker-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"manifest-src 'self'",
	];
}

/** Script sources: our own files, plus WebAssembly compilation for Pagefind's search. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];
export const STYLE_SOURCES = ["'self'"];

/** The policy a web server sends with every public page. */
export function headerPolicy(tiles: string): string {
	return [
		...cspDirectives(tiles),
		`script-src ${SCRIPT_SOURCES.join(' ')}`,
		`style-src ${STYLE_SOURCES.join(' ')}`,
		"frame-ancestors 'none'",
	].join('; ');
}

export interface CmsHosts {
	backend: string;
	apiRoot?: string | undefined;
	baseUrl?: string | undefined;
}

/**
 * The policy of /admin/ alone. Decap's prebuilt bundle evaluates code and injects its styles
 * inline, so this policy allows both, and only there: public pages never get it.
 */
export function adminPolicy(tiles: string, cms: CmsHosts): string {
	const own = [cms.apiRoot, cms.baseUrl].filter((u): u is string => Boolean(u)).map((u) => new URL(u).origin);
	const hosts: { connect: readonly string[]; img: readonly string[] } = GIT_HOSTS[cms.backend as GitHostName] ?? { connect: [], img: [] };
	const unique = (list: string[]) => [...new Set(list)].join(' ');
	return [
		"default-src 'self'",
		`script-src 'self' 'unsafe-eval'`,
		`style-src 'self' 'unsafe-inline'`,
		`img-src ${unique(["'self'", 'data:', 'blob:', ...tileHosts(tiles), ...hosts.img, ...own])}`,
		`connect-src ${unique(["'self'", ...hosts.connect, ...own])}`,
		"font-src 'self' data:",
		"worker-src 'self' blob:",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors 'none'",
	].join('; ');
}
