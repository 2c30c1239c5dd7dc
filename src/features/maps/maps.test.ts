import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boundsOf, simplifyLine, simplifyRing, type Position } from './geo.ts';
import { toGeoJson } from '../open-data/formats.ts';
import { matchesFilter, parkFilter } from './park-filter.ts';
import { TILE_PROVIDERS, tileHosts, tileSpec, type TileProviderName } from '../../lib/tile-providers.ts';
import { creditsHtml } from './map-tiles.ts';
import type { SiteSettings } from '../../schema/site.ts';

const settings = (map: Partial<SiteSettings['map']>): SiteSettings['map'] => ({
	tiles: 'osm',
	center: { lat: 24.9, lng: 101.5 },
	zoom: 6,
	bounds: { south: 21, west: 97.3, north: 29.4, east: 106.3 },
	...map,
});

describe('tile layers', () => {
	it('load nothing without tiles or without a Tianditu key, so the map shows its schematic', () => {
		expect(tileSpec(settings({ tiles: 'none' }), 'zh-CN')).toBeUndefined();
		expect(tileSpec(settings({ tiles: 'tianditu', reviewNumber: 'GS(2024)0568号' }), 'zh-CN')).toBeUndefined();
	});

	it('use Tianditu’s labels in the page’s language and credit its 审图号', () => {
		const map = settings({ tiles: 'tianditu', tiandituKey: 'k&y', reviewNumber: 'GS(2024)0568号' });
		const zh = tileSpec(map, 'zh-CN')!;
		expect(zh.layers.map((l) => new URL(l.url.replace('{s}', '0')).searchParams.get('T'))).toEqual(['vec_w', 'cva_w']);
		expect(new URL(zh.layers[0]!.url.replace('{s}', '0')).searchParams.get('tk')).toBe('k&y');
		expect(tileSpec(map, 'en')!.layers[1]!.url).toContain('T=eva_w');
		expect(zh.credits.map((c) => c.text)).toEqual(['天地图', '审图号 GS(2024)0568号']);
	});

	it('come only from hosts the Content-Security-Policy allows', () => {
		const map = settings({ tiandituKey: 'key', reviewNumber: 'GS(2024)0568号' });
		for (const value of Object.keys(TILE_PROVIDERS) as TileProviderName[]) {
			const hosts = tileHosts(value).map((h) => new RegExp(`^${h.replace(/\./g, '\\.').replace('*', '[\\w-]+')}/`));
			for (const layer of tileSpec({ ...map, tiles: value }, 'zh-CN')?.layers ?? []) {
				const url = layer.url.replace('{s}', layer.subdomains?.[0] ?? '');
				expect(
					hosts.some((h) => h.test(url)),
					`${value}: ${url}`
				).toBe(true);
			}
		}
	});

	it('escape the credits an editor can type before Leaflet writes them as HTML', () => {
		expect(creditsHtml([{ text: '审图号 <img src=x onerror=alert(1)>' }])).toBe('审图号 &lt;img src=x onerror=alert(1)&gt;');
		expect(creditsHtml([{ text: '© OpenStreetMap', href: 'https://www.openstreetmap.org/copyright' }, { text: 'b' }])).toBe(
			'<a href="https://www.openstreetmap.org/copyright" rel="noopener noreferrer">© OpenStreetMap</a> · b'
		);
	});
});

describe('park filter', () => {
	const park = { industries: ['tourism', 'biomedicine'], level: 'national', prefecture: 'kunming' };

	it('matches every facet that is set', () => {
		expect(matchesFilter(park, {})).toBe(true);
		expect(matchesFilter(park, { industry: 'biomedicine', level: 'national', prefecture: 'kunming' })).toBe(true);
		expect(matchesFilter(park, { industry: 'green-aluminium' })).toBe(false);
		expect(matchesFilter(park, { industry: 'tourism', level: 'provincial' })).toBe(false);
		expect(matchesFilter(park, { prefecture: 'dali' })).toBe(false);
	});

	it('takes one value per facet from the filter form, ignoring blanks', () => {
		expect(parkFilter({ level: ['national'], industry: [''], prefecture: ['dali', 'kunming'] })).toEqual({
			level: 'national',
			prefecture: 'dali',
		});
		expect(parkFilter({})).toEqual({});
	});
});

describe('geometry', () => {
	it('finds the bounds of points', () => {
		expect(boundsOf([])).toBeUndefined();
		expect(
			boundsOf([
				{ lat: 25, lng: 102 },
				{ lat: 22, lng: 100.5 },
				{ lat: 24, lng: 103 },
			])
		).toEqual({ south: 22, west: 100.5, north: 25, east: 103 });
	});

	it('drops points within the tolerance and keeps corners', () => {
		const line: Position[] = [
			[0, 0],
			[1, 0.001],
			[2, -0.001],
			[3, 0],
			[3, 1],
		];
		expect(simplifyLine(line, 0.01)).toEqual([
			[0, 0],
			[3, 0],
			[3, 1],
		]);
		expect(simplifyLine(line, 0.0001)).toEqual(line);
	});

	it('keeps a simplified ring closed and rounded', () => {
		const ring: Position[] = [
			[0, 0],
			[0.5, 0.0001],
			[1, 0],
			[1, 1],
			[0.5, 1.0001],
			[0, 1],
			[0, 0],
		];
		const simple = simplifyRing(ring, 0.01);
		expect(simple).toEqual([
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 1],
			[0, 0],
		]);
		expect(
			simplifyRing(
				[
					[101.123456, 25.987654],
					[102, 25],
					[102, 26],
					[101.5, 26.5],
					[101.123456, 25.987654],
				],
				0
			)[0]
		).toEqual([101.123, 25.988]);
	});

	it('shipped the region outline small, closed and inside the region', () => {
		const outline = JSON.parse(readFileSync('content/map/region.geojson', 'utf8'));
		const rings: Position[][] = outline.features.flatMap((f: { geometry: { coordinates: Position[][] } }) => f.geometry.coordinates);
		expect(JSON.stringify(outline).length).toBeLessThan(40_000);
		for (const ring of rings) {
			expect(ring[0]).toEqual(ring.at(-1));
			for (const [lng, lat] of ring) expect(lng > 97.3 && lng < 106.3 && lat > 21 && lat < 29.4, `${lng},${lat}`).toBe(true);
		}
	});
});

describe('parks as GeoJSON', () => {
	it('gives each park a point in [lng, lat] and its boundary as a second feature', () => {
		const boundary = {
			type: 'Polygon' as const,
			coordinates: [
				[
					[102, 25],
					[102.1, 25],
					[102.1, 25.1],
					[102, 25],
				],
			] as [number, number][][],
		};
		const collection = toGeoJson([
			{ row: { id: 'a', name_zh: '甲园区', lat: 25, lng: 102, area_km2: undefined }, location: { lat: 25, lng: 102 }, boundary },
			{ row: { id: 'b', name_zh: '乙园区', lat: 22, lng: 101 }, location: { lat: 22, lng: 101 } },
		]);
		expect(collection.features).toEqual([
			{
				type: 'Feature',
				id: 'a',
				geometry: { type: 'Point', coordinates: [102, 25] },
				properties: { id: 'a', name_zh: '甲园区', feature: 'location' },
			},
			{ type: 'Feature', id: 'a', geometry: boundary, properties: { id: 'a', name_zh: '甲园区', feature: 'boundary' } },
			{
				type: 'Feature',
				id: 'b',
				geometry: { type: 'Point', coordinates: [101, 22] },
				properties: { id: 'b', name_zh: '乙园区', feature: 'location' },
			},
		]);
	});
});
