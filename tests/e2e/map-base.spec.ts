/**
 * What a map draws under its markers, as the settings allow it to (src/features/maps/map-config.ts):
 * tiles only when they load, and named only then; until then, or without tiles, the bureau's
 * standard map with its 审图号 or else a schematic that draws no boundary.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page, type Route } from '@playwright/test';
import sharp from 'sharp';
import { translator } from '../../src/i18n/translate.ts';
import { tileHosts, tileSpec } from '../../src/lib/tile-providers.ts';
import type { MapConfig } from '../../src/features/maps/map-config.ts';
import { openData, type ProjectRow } from './helpers.ts';
import { configureMaps, test } from './map-helpers.ts';

const TIANDITU = tileSpec({ tiles: 'tianditu', tiandituKey: 'test-key', reviewNumber: 'GS(2024)0568号' }, 'zh-CN')!;
const isTianditu = (url: URL) => url.hostname.endsWith('.tianditu.gov.cn');
const withTianditu = (config: MapConfig): MapConfig => ({ ...config, tiles: TIANDITU });

/** The test picture that stands in for a standard map (tests/fixtures/content/map/), served from the site. */
const STANDARD_MAP_URL = '/test-standard-map.png';
const STANDARD_MAP_IMAGE = readFileSync(new URL('../fixtures/content/map/standard-map.png', import.meta.url));
const REVIEW_NUMBER = 'GS(2099)0001号';
const t = translator('zh-CN');
const withStandardMap = (config: MapConfig): MapConfig => ({
	...config,
	standardMap: {
		url: STANDARD_MAP_URL,
		bounds: config.region,
		credit: t('map.reviewNumber', { n: REVIEW_NUMBER }),
		alt: t('map.standardMap', { n: REVIEW_NUMBER }),
	},
});

/** Tile requests held unanswered, as a slow host holds them, until `answer` fulfils them with a tile. */
async function slowTiles(page: Page) {
	const held: Route[] = [];
	let answered = false;
	const tile = await sharp({ create: { width: 256, height: 256, channels: 3, background: '#cfe0c3' } })
		.png()
		.toBuffer();
	const fulfil = (route: Route) => route.fulfill({ body: tile, contentType: 'image/png' }).catch(() => {});
	await page.route(
		(url) => isTianditu(url),
		(route) => void (answered ? fulfil(route) : held.push(route))
	);
	return {
		held,
		async answer() {
			answered = true;
			await Promise.all(held.splice(0).map(fulfil));
		},
	};
}

test('tiles that do not answer leave the schematic, drawn at once, with no provider named; tiles that arrive replace it', async ({
	page,
}) => {
	await configureMaps(page, withTianditu, tileHosts('tianditu'));
	const tiles = await slowTiles(page);
	// Tiles held unanswered hold the page's load event too.
	await page.goto('/parks/map/', { waitUntil: 'domcontentloaded' });
	const map = page.locator('.map');
	// The tile host has been asked and has not answered: the schematic is already there, and only it.
	await expect.poll(() => tiles.held.length).toBeGreaterThan(0);
	await expect(map).toHaveClass(/map-schematic/);
	await expect(map.locator('.map-badge')).toHaveText('示意图（非标准地图）');
	await expect(map.locator('.map-seat')).toHaveCount(16);
	await expect(page.locator('[data-map-schematic-note]')).toBeVisible();
	await expect(map.locator('.leaflet-control-attribution')).toHaveCount(0);
	await expect(map.locator('img.leaflet-tile-loaded')).toHaveCount(0);
	await expect(map).not.toContainText('天地图');

	await tiles.answer();
	await expect(map.locator('img.leaflet-tile-loaded').first()).toBeVisible();
	await expect(map).not.toHaveClass(/map-schematic/);
	await expect(map.locator('.map-badge, .map-seat')).toHaveCount(0);
	await expect(page.locator('[data-map-schematic-note]')).toBeHidden();
	await expect(map.locator('.leaflet-control-attribution')).toHaveText('天地图 · 审图号 GS(2024)0568号');
});

test('tiles whose host is unreachable leave the schematic and name no provider', async ({ page }) => {
	await configureMaps(page, withTianditu, tileHosts('tianditu'));
	let asked = 0;
	await page.route(
		(url) => isTianditu(url),
		(route) => (asked++, route.abort('namenotresolved'))
	);
	await page.goto('/en/parks/map/');
	const map = page.locator('.map');
	await expect(map.locator('.map-badge')).toHaveText('Schematic, not a standard map');
	await expect.poll(() => asked).toBeGreaterThan(0);
	// Every tile of the first view has failed by now; the map stays as it was.
	await expect(map).toHaveClass(/map-schematic/);
	await expect(map.locator('.leaflet-control-attribution')).toHaveCount(0);
	await expect(map).not.toContainText('Tianditu');
});

test('the bureau’s standard map is the base, placed by its bounds, with its 审图号 on the map', async ({ page }) => {
	await configureMaps(page, (config) => withTianditu(withStandardMap(config)), tileHosts('tianditu'));
	await page.route(`**${STANDARD_MAP_URL}`, (route) => route.fulfill({ body: STANDARD_MAP_IMAGE, contentType: 'image/png' }));
	const tiles = await slowTiles(page);
	// Tiles held unanswered hold the page's load event too.
	await page.goto('/parks/map/', { waitUntil: 'domcontentloaded' });
	const map = page.locator('.map');
	const image = map.locator('img.map-standard');
	await expect(image).toBeVisible();
	await expect(image).toHaveAttribute('alt', `标准地图，审图号：${REVIEW_NUMBER}`);
	await expect(map.locator('.map-credit')).toHaveText(`审图号：${REVIEW_NUMBER}`);
	// A standard map is not a schematic: no badge, no seats drawn over its own names, no note.
	await expect(map).not.toHaveClass(/map-schematic/);
	await expect(map.locator('.map-badge, .map-seat')).toHaveCount(0);
	await expect(page.locator('[data-map-schematic-note]')).toBeHidden();
	// Placed over the region's bounds, which the overview fits and centres: the image sits in the middle of the
	// map, filling it one way, with every park (all inside the region) on it.
	const markers = map.locator('.leaflet-marker-pane .map-marker, .leaflet-marker-pane .map-cluster');
	await expect(markers.first()).toBeVisible();
	await expect(async () => {
		const [box, picture] = [(await map.boundingBox())!, (await image.boundingBox())!];
		expect(Math.abs(picture.x + picture.width / 2 - (box.x + box.width / 2))).toBeLessThan(box.width * 0.05);
		expect(Math.abs(picture.y + picture.height / 2 - (box.y + box.height / 2))).toBeLessThan(box.height * 0.05);
		expect(Math.max(picture.width / box.width, picture.height / box.height)).toBeGreaterThan(0.6);
		for (const marker of await markers.all()) {
			const m = (await marker.boundingBox())!;
			const [x, y] = [m.x + m.width / 2, m.y + m.height / 2];
			expect(x > picture.x && x < picture.x + picture.width && y > picture.y && y < picture.y + picture.height).toBe(true);
		}
	}).toPass({ timeout: 5000 });

	// Tiles replace it when they arrive, and bring their own 审图号.
	await tiles.answer();
	await expect(map.locator('img.leaflet-tile-loaded').first()).toBeVisible();
	await expect(image).toHaveCount(0);
	await expect(map.locator('.map-credit')).toHaveCount(0);
	await expect(map.locator('.leaflet-control-attribution')).toContainText('审图号 GS(2024)0568号');
});

test('a project with no place of its own and no park shows its county and the park map, not an empty map', async ({ page, request }) => {
	const projects = await openData<ProjectRow & { lat?: number; park?: string; county_zh?: string }>(request, 'projects');
	const parks = await openData<{ prefecture: string }>(request, 'parks');
	const project = projects.find((p) => p.lat === undefined && !p.park);
	expect(project, 'a sample project without a location or a park').toBeDefined();
	const nearby = parks.some((p) => p.prefecture === project!.prefecture);

	await page.goto(`/projects/${project!.code.toLowerCase()}/`);
	const section = page.locator('section[aria-labelledby=location]');
	await expect(section.getByRole('heading', { name: '项目位置' })).toBeVisible();
	await expect(section.locator('.map, [data-module=map]')).toHaveCount(0);
	await expect(section.locator('[data-project-place]')).toContainText(project!.county_zh!);
	const link = section.getByRole('link');
	await expect(link).toHaveAttribute('href', nearby ? `/parks/map/?prefecture=${project!.prefecture}` : '/parks/map/');
	if (!nearby) await expect(link).toHaveText('在地图上查看全部园区');
	await link.click();
	await expect(page).toHaveURL(/\/parks\/map\//);
});
