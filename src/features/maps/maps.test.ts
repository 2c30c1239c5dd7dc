import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSiteSettings } from '../../catalogue/site.ts';
import { translator } from '../../i18n/translate.ts';
import { TILE_PROVIDERS, tileHosts, tileSpec, type TileProviderName } from '../../lib/tile-providers.ts';
import type { Locale } from '../../schema/fields.ts';
import type { SiteSettings } from '../../schema/site.ts';
import { toGeoJson } from '../open-data/formats.ts';
import { boundsOf } from './geo.ts';
import { mapConfig } from './map-config.ts';
import type { MapItem } from './map-items.ts';
import { creditsHtml } from './map-tiles.ts';
import { matchesFilter, parkFilter } from './park-filter.ts';

const settings = (map: Partial<SiteSettings['map']>): SiteSettings['map'] => ({
	tiles: 'none',
	outsideChina: false,
	center: { lat: 24.9, lng: 101.5 },
	zoom: 6,
	bounds: { south: 21, west: 97.3, north: 29.4, east: 106.3 },
	...map,
});

const STANDARD_MAP = {
	image: '云南省地图.jpg',
	reviewNumber: 'GS(2024)0650号',
	bounds: { south: 20.9, west: 97.2, north: 29.5, east: 106.4 },
};
const park: MapItem = { id: 'p', kind: 'park', lat: 25, lng: 102, title: '园区', href: '/parks/p/', badge: '国家级', facts: [] };
const configFor = (map: SiteSettings['map'], locale: Locale = 'zh-CN', standardMapUrl?: string) =>
	mapConfig({
		items: [park],
		seats: [{ name: '昆明市', lat: 25.04, lng: 102.71 }],
		overview: false,
		map,
		locale,
		t: translator(locale),
		standardMapUrl,
	});

describe('what a map draws under its markers', () => {
	it('is, for the sample, a schematic that says so: no tiles, no standard map, no outline to draw', () => {
		const sample = readSiteSettings().map;
		expect(sample.tiles, 'OpenStreetMap has no 审图号').not.toBe('osm');
		const config = configFor(sample);
		expect(config.tiles).toBeUndefined();
		expect(config.standardMap).toBeUndefined();
		expect(config.strings.schematic).toBe('示意图（非标准地图）');
		expect(configFor(sample, 'en').strings.schematic).toBe('Schematic, not a standard map');
		// A boundary without a 审图号 is not published, so no outline data ships to draw one from.
		expect((existsSync('content/map') ? readdirSync('content/map') : []).filter((f) => /json$/i.test(f))).toEqual([]);
	});

	it('is the bureau’s standard map, placed by its bounds and labelled with its 审图号', () => {
		const map = settings({ standardMap: STANDARD_MAP });
		expect(configFor(map, 'zh-CN', '/_astro/map.webp').standardMap).toEqual({
			url: '/_astro/map.webp',
			bounds: STANDARD_MAP.bounds,
			credit: '审图号：GS(2024)0650号',
			alt: '标准地图，审图号：GS(2024)0650号',
		});
		expect(configFor(map, 'en', '/_astro/map.webp').standardMap?.credit).toBe('Map approval number (审图号): GS(2024)0650号');
		expect(() => configFor(map)).toThrow(/no URL for 云南省地图.jpg/);
	});

	it('adds tiles that replace it only where they can be shown lawfully: Tianditu with a key', () => {
		expect(configFor(settings({ tiles: 'tianditu', reviewNumber: 'GS(2024)0568号' })).tiles).toBeUndefined();
		const tianditu = configFor(
			settings({ tiles: 'tianditu', tiandituKey: 'key', reviewNumber: 'GS(2024)0568号', standardMap: STANDARD_MAP }),
			'zh-CN',
			'/m.webp'
		);
		expect(tianditu.tiles?.credits.map((c) => c.text)).toEqual(['天地图', '审图号 GS(2024)0568号']);
		expect(tianditu.standardMap?.url).toBe('/m.webp');
	});
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
		const map = settings({ tiandituKey: 'key', reviewNumber: 'GS(2024)0568号', outsideChina: true });
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
