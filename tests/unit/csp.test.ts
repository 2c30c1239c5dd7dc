import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accentStylesheet } from '../../src/lib/accent.ts';
import { cspDirectives, headerPolicy } from '../../src/lib/csp.ts';
import { qrSvg } from '../../src/lib/qr.ts';

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
