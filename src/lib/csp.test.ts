import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accentStylesheet } from '../features/taxonomy/accent.ts';
import { adminPolicy, cspDirectives, headerPolicy } from './csp.ts';
import { adminHeaders, CACHE_RULES, DEFAULT_CACHE, headersFile, nginxIncludes, securityHeaders, type HeaderSettings } from './headers.ts';
import { qrSvg } from '../components/qr.ts';
import { readSiteSettings } from '../catalogue/site.ts';
import { NGINX_CONF } from '../../tests/nginx.ts';

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
		const components = readFileSync('src/features/projects/ProjectCard.astro', 'utf8');
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
	const settings: HeaderSettings = readSiteSettings();
	const includes = nginxIncludes(settings);
	const added = (text: string) => [...text.matchAll(/^add_header ([\w-]+) "([^"]*)" always;$/gm)].map((m) => [m[1], m[2]]);

	it('sends exactly the headers src/lib/headers.ts defines, from the files the build writes', () => {
		expect(added(includes['headers.conf']!)).toEqual(securityHeaders(settings.map.tiles));
		expect(includes['headers.conf']).toContain('add_header Cache-Control $cache_control always;');
		expect(conf).toMatch(/\n\tinclude \/var\/www\/invest\/dist\/_nginx\/headers\.conf;\n/);
	});

	it('sends the CMS policy and the other headers under /admin/', () => {
		expect(added(includes['admin-headers.conf']!)).toEqual(adminHeaders(settings));
		const admin = /location \/admin\/ \{([\s\S]*?)\n\t\}/.exec(conf)?.[1] ?? '';
		expect(admin).toContain('include /var/www/invest/dist/_nginx/admin-headers.conf;');
	});

	it('caches what CACHE_RULES caches, in a map at the http level', () => {
		const rules = [...includes['cache.conf']!.matchAll(/^\t~\^(\S+)\s+"([^"]+)";$/gm)].map((m) => [`${m[1]}*`, m[2]]);
		expect(rules).toEqual(CACHE_RULES);
		expect(includes['cache.conf']).toMatch(new RegExp(`\\tdefault\\s+"${DEFAULT_CACHE}";`));
		expect(conf.indexOf('include /var/www/invest/dist/_nginx/cache.conf;')).toBeLessThan(conf.indexOf('server {'));
	});
});
