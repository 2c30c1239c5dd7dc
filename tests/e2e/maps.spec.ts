import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { idOf, isTileRequest, openData, TILES, type ParkRow, type ProjectRow } from './helpers.ts';
import { test } from './map-helpers.ts';

interface MapParkRow extends ParkRow {
	lat?: number;
	lng?: number;
	level: string;
	prefecture: string;
	industries: string;
}

const located = (parks: MapParkRow[]) => parks.filter((p) => typeof p.lat === 'number' && typeof p.lng === 'number');

/** Parks the map shows: single markers plus the counts on cluster icons. */
async function shownOnMap(page: Page): Promise<number> {
	const singles = await page.locator('.leaflet-marker-pane .map-marker').count();
	const clustered = await page.locator('.leaflet-marker-pane .map-cluster > span > span:first-child').allTextContents();
	return singles + clustered.reduce((sum, n) => sum + Number(n), 0);
}

/** A marker inside the map's visible box (Leaflet also keeps some just outside it). */
async function markerInView(page: Page) {
	const markers = page.locator('.leaflet-marker-pane .map-marker');
	const index = await markers.evaluateAll((els) => {
		const box = els[0]?.closest('.map')?.getBoundingClientRect();
		return els.findIndex((el) => {
			const r = el.getBoundingClientRect();
			return box && r.left > box.left && r.right < box.right && r.top > box.top && r.bottom < box.bottom;
		});
	});
	expect(index, 'a marker in view').toBeGreaterThanOrEqual(0);
	return markers.nth(index);
}

async function openMap(page: Page, path = '/parks/map/') {
	await page.goto(path);
	await expect(page.locator('.map.leaflet-container')).toBeVisible();
	await expect(page.locator('[data-park-filter]')).toBeVisible();
}

test('every park with coordinates is a marker, and the filters change how many', async ({ page, request }) => {
	const parks = located(await openData<MapParkRow>(request, 'parks'));
	await openMap(page);
	await expect.poll(() => shownOnMap(page)).toBe(parks.length);
	await expect(page.locator('[data-filter-status]')).toHaveText(`显示 ${parks.length} 个园区`);

	// The industry most parks lead in, so the filtered map is neither empty nor complete.
	const counts = Map.groupBy(
		parks.flatMap((p) => p.industries.split('; ')),
		(i) => i
	);
	const [industry, inIndustry] = [...counts].sort((a, b) => b[1].length - a[1].length)[0]!;
	const expected = parks.filter((p) => p.industries.split('; ').includes(industry));
	expect(inIndustry.length).toBeLessThan(parks.length);
	await page.locator('select[name=industry]').selectOption(industry);
	await expect.poll(() => shownOnMap(page)).toBe(expected.length);
	await expect(page.locator('[data-park]:visible')).toHaveCount(expected.length);
	await expect(page).toHaveURL(new RegExp(`\\?industry=${industry}$`));

	const level = expected[0]!.level;
	const both = expected.filter((p) => p.level === level);
	await page.locator('select[name=level]').selectOption(level);
	await expect.poll(() => shownOnMap(page)).toBe(both.length);

	// The filter survives a reload, and resetting shows everything again.
	await page.reload();
	await expect(page.locator('select[name=level]')).toHaveValue(level);
	await expect.poll(() => shownOnMap(page)).toBe(both.length);
	await page.getByRole('button', { name: '重置' }).click();
	await expect.poll(() => shownOnMap(page)).toBe(parks.length);
	await expect(page).toHaveURL(/\/parks\/map\/$/);

	// A prefecture with no park of a level leaves an empty map and says so.
	const prefecture = parks[0]!.prefecture;
	const absent = ['national', 'provincial', 'prefecture'].find((l) => !parks.some((p) => p.prefecture === prefecture && p.level === l));
	if (absent) {
		await page.locator('select[name=prefecture]').selectOption(prefecture);
		await page.locator('select[name=level]').selectOption(absent);
		await expect.poll(() => shownOnMap(page)).toBe(0);
		await expect(page.getByText('没有符合条件的园区。')).toBeVisible();
	}
});

test('the list and the map follow each other, and a popup link opens the park page', async ({ page, request }) => {
	const parks = located(await openData<MapParkRow>(request, 'parks'));
	await openMap(page);
	const park = parks[0]!;
	const item = page.locator(`[data-park="${park.id}"]`);

	// Choosing a list item flies to its marker, opens its popup and moves focus into it.
	await item.getByRole('button', { name: `在地图上查看${park.name_zh}` }).click();
	const popup = page.locator('.leaflet-popup');
	await expect(popup.locator('h3')).toHaveText(park.name_zh);
	await expect(popup.getByRole('link', { name: park.name_zh })).toBeFocused();
	await expect(item).toHaveAttribute('aria-current', 'true');
	// Escape closes the popup and returns to the list.
	await page.keyboard.press('Escape');
	await expect(popup).toHaveCount(0);
	await expect(item.getByRole('button')).toBeFocused();
	await expect(item).not.toHaveAttribute('aria-current');

	// Choosing a marker highlights its list item; markers are buttons named after their park.
	const marker = await markerInView(page);
	const name = (await marker.getAttribute('title'))!;
	await expect(page.getByRole('button', { name, exact: true })).toHaveCount(1);
	await marker.click();
	await expect(popup.locator('h3')).toHaveText(name);
	await expect(page.locator('[data-park][aria-current=true] h3')).toHaveText(name);

	// By keyboard too: Enter on a focused marker opens its popup.
	await page.keyboard.press('Escape');
	await marker.focus();
	await page.keyboard.press('Enter');
	await expect(popup.locator('h3')).toHaveText(name);

	const target = parks.find((p) => p.name_zh === name)!;
	await popup.getByRole('link', { name }).click();
	await expect(page).toHaveURL(`/parks/${target.id}/`);
	await expect(page.locator('h1')).toHaveText(name);
});

test('without tiles the maps are schematics: seats and markers, labelled, and no boundary', async ({ page, request, outside }) => {
	const [park] = located(await openData<MapParkRow>(request, 'parks'));
	for (const path of ['/parks/map/', `/en/parks/${park!.id}/`]) {
		await page.goto(path);
		const map = page.locator('.map');
		await expect(map).toHaveClass(/map-schematic/);
		await expect(map.locator('.map-badge')).toHaveText(path.startsWith('/en/') ? 'Schematic, not a standard map' : '示意图（非标准地图）');
		await expect(map.locator('.map-seat')).toHaveCount(16);
		// No province, country or other boundary: one may not be published without a 审图号. Only parks' own areas are drawn.
		await expect(map.locator('.leaflet-overlay-pane path:not(.map-boundary)')).toHaveCount(0);
		await expect(map.locator('img.map-standard')).toHaveCount(0);
		if (path !== '/parks/map/')
			// A close-up takes in the nearest prefecture seat, named, so the marker is somewhere.
			await expect(async () => {
				await expect(map.locator('.map-seat span').filter({ visible: true }).first()).toBeVisible({ timeout: 100 });
			}).toPass({ timeout: 5000 });
		if (TILES !== 'none') await expect(page.locator('[data-map-schematic-note]')).toBeVisible();
		else await expect(page.locator('[data-map-schematic-note]')).toBeHidden();
	}
	await (await markerInView(page)).click();
	await expect(page.locator('.leaflet-popup h3')).toBeVisible();
	// The configured tile host was asked (and refused); nothing else left the machine.
	expect(outside.some(isTileRequest)).toBe(TILES !== 'none');
});

test('project pages show their location; pages without a map load no Leaflet', async ({ page, request }) => {
	const projects = await openData<ProjectRow & { lat?: number }>(request, 'projects');
	const withLocation = projects.find((p) => typeof p.lat === 'number')!;
	const scripts: string[] = [];
	page.on('request', (r) => scripts.push(new URL(r.url()).pathname));

	await page.goto(`/projects/${idOf(withLocation.code)}/`);
	// The map loads Leaflet only when it comes near the screen.
	const region = page.getByRole('region', { name: `${withLocation.title_zh}（地图）` });
	expect(scripts.some((p) => p.includes('map-island'))).toBe(false);
	await region.scrollIntoViewIfNeeded();
	await expect(region).toBeVisible();
	await expect(page.locator('.leaflet-marker-pane .map-marker-project')).toHaveCount(1);
	expect(scripts.some((p) => p.includes('map-island'))).toBe(true);
	expect(scripts.some((p) => p.includes('markercluster'))).toBe(false);

	scripts.length = 0;
	for (const path of ['/parks/', '/policies/', '/']) await page.goto(path);
	expect(scripts.filter((p) => /map-island|markercluster|leaflet|MapView/i.test(p))).toEqual([]);
	await page.goto('/parks/');
	await page.getByRole('link', { name: '在地图上查看全部园区' }).click();
	await expect(page).toHaveURL('/parks/map/');
});

test('the park list is complete without JavaScript', async ({ browser, request }) => {
	const parks = await openData<MapParkRow>(request, 'parks');
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.route('**/*', (route) => (new URL(route.request().url()).hostname === 'localhost' ? route.continue() : route.abort()));
	await page.goto('/en/parks/map/');
	await expect(page.locator('[data-park]')).toHaveCount(parks.length);
	await expect(page.locator('[data-park] h3')).toHaveText(parks.map((p) => p.name_en));
	await expect(page.getByText('The map needs JavaScript.')).toBeVisible();
	await expect(page.locator('[data-park-filter]')).toBeHidden();
	await context.close();
});

test('on a phone one finger scrolls the page, not the map', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
	const page = await context.newPage();
	await page.route('**/*', (route) => (new URL(route.request().url()).hostname === 'localhost' ? route.continue() : route.abort()));
	await page.goto('/parks/map/');
	const map = page.locator('.map.leaflet-container');
	await expect(map).toBeVisible();
	// Leaflet leaves panning to the browser when its one-finger drag is off; pinching still zooms the map.
	expect(await map.evaluate((el) => getComputedStyle(el).touchAction)).toBe('pan-x pan-y');
	await expect(map).not.toHaveClass(/leaflet-touch-drag/);
	await expect(page.getByText('在手机上用双指移动和缩放地图。')).toBeVisible();
	await context.close();
});

// One test per page and width, each with a slow test's budget: axe took 19 s for the two map pages on an
// idle two-core machine, and the two in one 30 s budget ran out under load.
for (const width of [360, 1280]) {
	for (const path of ['/parks/map/', '/en/parks/map/']) {
		test(`the park map passes axe at ${width} px: ${path}`, async ({ page }) => {
			test.slow();
			await page.setViewportSize({ width, height: 900 });
			await page.goto(path);
			await expect(page.locator('.map')).toHaveClass(/map-schematic/);
			const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
			expect(
				violations.map(
					(v) =>
						`${v.id}: ${v.nodes
							.map((n) => n.target.join(' '))
							.slice(0, 3)
							.join(', ')}`
				),
				path
			).toEqual([]);
		});
	}
}

test('parks are open data as GeoJSON, in [lng, lat]', async ({ request }) => {
	const parks = await openData<MapParkRow>(request, 'parks');
	const res = await request.get('/data/parks.geojson');
	const geo = (await res.json()) as {
		type: string;
		features: { id: string; geometry: { type: string; coordinates: number[] }; properties: { feature: string } }[];
	};
	expect(geo.type).toBe('FeatureCollection');
	const points = geo.features.filter((f) => f.properties.feature === 'location');
	expect(points.map((f) => f.id)).toEqual(parks.map((p) => p.id));
	for (const [i, p] of located(parks).entries()) expect(points[i]!.geometry.coordinates).toEqual([p.lng, p.lat]);
	expect(geo.features.filter((f) => f.properties.feature === 'boundary').every((f) => f.geometry.type === 'Polygon')).toBe(true);
});
