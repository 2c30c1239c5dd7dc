/**
 * The Content-Security-Policy, in one place. Astro puts it in a <meta> tag with hashes of what it
 * bundles; the web server sends the same directives as a header (a meta policy cannot carry
 * frame-ancestors), and a test keeps the header files equal to this module.
 */

/** Hosts a map may load tiles from, per tile provider in content/site.yaml. */
export const TILE_HOSTS: Record<string, string[]> = {
	tianditu: ['https://*.tianditu.gov.cn'],
	osm: ['https://tile.openstreetmap.org'],
	none: [],
};

/** A directive as Astro's `security.csp.directives` types it. */
type Directive = `${'default' | 'img' | 'font' | 'connect' | 'worker' | 'object' | 'manifest'}-src ${string}` | `${'base-uri' | 'form-action'} ${string}`;

/** Directives besides script-src and style-src, which Astro writes with its hashes. */
export function cspDirectives(tiles: string): Directive[] {
	return [
		"default-src 'self'",
		`img-src ${["'self'", 'data:', ...(TILE_HOSTS[tiles] ?? [])].join(' ')}`,
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
