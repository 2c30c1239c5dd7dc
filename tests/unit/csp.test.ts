import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { accentStylesheet } from '../../src/lib/accent.ts';
import { adminPolicy, cspDirectives, headerPolicy } from '../../src/lib/csp.ts';
import { adminHeaders, CACHE_RULES, DEFAULT_CACHE, headersFile, securityHeaders, type HeaderSettings } from '../../src/lib/headers.ts';
import { qrSvg } from '../../src/lib/qr.ts';
import { NGINX_CONF } from '../nginx.ts';

describe('content security policy', () => {
	it('allows images only from the site and the configured tile host', () => {
		expect(cspDirectives('osm')).toContain("img-src 'self' data: https://tile.openstreetmap.org");
		expect(cspDirectives('none')).toContain("img-src 'self' data:");
	});

	it('sends no unsafe-inline and forbids framing', () => {
		const policy = headerPolicy('tianditu');
		expect(policy).not.toContain('unsafe-inline');
		expect(policy).not.toMatch(/'unsafe-eval'/);
		expect(policy).toContain("frame-ancestors 'none'");
		expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
	});
});

describe('the CMS policy', () => {
	it('allows eval and inline styles, and the configured git host, only under /admin/', () => {
		const policy = adminPolicy('tianditu', { backend: 'gitlab', apiRoot: 'https://git.yn.example/api/v4' });
		expect(policy).toContain("script-src 'self' 'unsafe-eval'");
		expect(policy).toContain("style-src 'self' 'unsafe-inline'");
		expect(policy).toMatch(/connect-src 'self' https:\/\/gitlab\.com https:\/\/git\.yn\.example;/);
		expect(policy).toContain("frame-ancestors 'none'");
		const file = headersFile({ map: { tiles: 'osm' }, cms: { backend: 'github' } });
		const [publicBlock, adminBlock] = file.split('\n\n');
		expect(publicBlock).not.toContain("'unsafe-eval'");
		expect(adminBlock).toMatch(/^\/admin\/\*\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: .*'unsafe-eval'/);
	});
});

describe('industry colours', () => {
	it('become classes of one stylesheet', () => {
		expect(accentStylesheet([{ id: 'green-aluminium', colour: '#3d6f99' }])).toBe('.accent-green-aluminium{--accent:#3d6f99}\n');
	});

	it('are never written as style attributes', () => {
		const components = readFileSync('src/components/projects/ProjectCard.astro', 'utf8');
		expect(components).not.toMatch(/style=\{/);
	});
});

describe('qrSvg', () => {
	it('draws an SVG that assistive technology skips (the wrapper carries the label)', async () => {
		const svg = await qrSvg('https://invest.yunnan.example/projects/yn-2026-0001/');
		expect(svg).toMatch(/^<svg aria-hidden="true" focusable="false" xmlns="http:\/\/www.w3.org\/2000\/svg"/);
		expect(svg).toContain('<path');
	});
});

describe('nginx configuration', () => {
	const conf = readFileSync(NGINX_CONF, 'utf8');
	const settings = yaml.load(readFileSync('content/site.yaml', 'utf8')) as HeaderSettings;
	const { tiles } = settings.map;

	it('sends exactly the headers src/lib/headers.ts defines', () => {
		const sent = [...conf.matchAll(/^\tadd_header ([\w-]+) "([^"]*)" always;$/gm)].map((m) => [m[1], m[2]]);
		expect(sent).toEqual(securityHeaders(tiles));
	});

	it('sends the CMS policy and the other headers under /admin/', () => {
		const admin = /location \/admin\/ \{([\s\S]*?)\n\t\}/.exec(conf)?.[1] ?? '';
		const sent = [...admin.matchAll(/^\t\tadd_header ([\w-]+) "([^"]*)" always;$/gm)].map((m) => [m[1], m[2]]);
		expect(sent).toEqual(adminHeaders(settings));
	});

	it('caches what CACHE_RULES caches', () => {
		const rules = [...conf.matchAll(/^\t~\^(\S+)\s+"([^"]+)";$/gm)].map((m) => [`${m[1]}*`, m[2]]);
		expect(rules).toEqual(CACHE_RULES);
		expect(conf).toContain(`default                   "${DEFAULT_CACHE}";`);
	});
});
