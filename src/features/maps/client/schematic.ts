/**
 * What the map draws under its markers: the tiles, and the schematic it turns into without them (none
 * configured, no network, a blocked host): the region's outline filled as land, the prefecture seats
 * and a badge saying what it is.
 */
import type { Map as LeafletMap, Marker } from 'leaflet';
import { creditsHtml } from '../map-tiles.ts';
import type { Seat } from '../map-items.ts';
import type { TileSpec } from '../../../lib/tile-providers.ts';
import { element, L, SEAT_LABEL_ZOOM, type MapConfig } from './leaflet.ts';

/** The province's outline, if the bureau ships one (content/map/region.geojson). */
const outlines = import.meta.glob<string>('../../../../content/map/region.geojson', { query: '?raw', import: 'default', eager: true });
const outline = Object.values(outlines).map((text) => JSON.parse(text) as GeoJSON.FeatureCollection)[0];

/** How long tiles may take before the schematic shows instead of an empty box. */
const TILE_PATIENCE_MS = 4000;

/** Whether the schematic shows, and how to switch it. */
export interface Schematic {
	/** Whether the schematic shows; undefined until the tiles have had a verdict. */
	readonly on: boolean | undefined;
	set(on: boolean): void;
	/** Fits the first view again when the first verdict is the schematic, which may need a seat in view. */
	refit?: () => void;
}

const seatMarkers = (seats: Seat[]) =>
	L.layerGroup(
		seats.map((seat) =>
			L.marker(seat, {
				icon: L.divIcon({ html: element('span', undefined, seat.name), className: 'map-seat', iconSize: undefined }),
				interactive: false,
				keyboard: false,
			})
		)
	);

/** Draws the outline, and the seats and badge whenever the schematic is on. */
export function createSchematic(map: LeafletMap, el: HTMLElement, config: MapConfig): Schematic {
	if (outline) L.geoJSON(outline, { interactive: false, style: { className: 'map-region', fill: true } }).addTo(map);
	const seats = seatMarkers(config.seats);
	const badge = new L.Control({ position: 'topright' });
	badge.onAdd = () => element('div', 'leaflet-control map-badge', config.strings.schematic);
	const note = el.closest('figure')?.querySelector<HTMLElement>('[data-map-schematic-note]');
	let shown: boolean | undefined;
	const schematic: Schematic = {
		get on() {
			return shown;
		},
		set(on) {
			if (on === shown) return;
			const first = shown === undefined;
			shown = on;
			el.classList.toggle('map-schematic', on);
			if (on) {
				seats.addTo(map).eachLayer((l) => (l as Marker).setZIndexOffset(-1000));
				badge.addTo(map);
			} else {
				seats.remove();
				badge.remove();
			}
			if (note && config.tiles) note.hidden = !on;
			// Refit only on the first verdict on the tiles, just after loading: tiles that fail later must not yank the view.
			if (on && first) schematic.refit?.();
		},
	};
	return schematic;
}

/** Loads the tiles, and turns the schematic on when they fail and off when they return. */
export function addTiles(map: LeafletMap, tiles: TileSpec, schematic: Schematic): void {
	L.control.attribution({ prefix: false }).addAttribution(creditsHtml(tiles.credits)).addTo(map);
	const base = tiles.layers.map((spec) =>
		L.tileLayer(spec.url, { subdomains: spec.subdomains ?? 'abc', maxZoom: spec.maxZoom, maxNativeZoom: spec.maxZoom }).addTo(map)
	)[0]!;
	// One round of tiles per view: the schematic shows when none of them loaded, and hides again when tiles return.
	let loaded = 0;
	let failed = 0;
	base.on('loading', () => (loaded = failed = 0));
	base.on('tileload', () => {
		loaded++;
		schematic.set(false);
	});
	base.on('tileerror', () => failed++);
	base.on('load', () => loaded === 0 && failed > 0 && schematic.set(true));
	setTimeout(() => schematic.on === undefined && schematic.set(true), TILE_PATIENCE_MS);
}

/** Prefecture names need room: below SEAT_LABEL_ZOOM the schematic shows their seats as dots only. */
export function labelSeatsWhenRoomy(map: LeafletMap, el: HTMLElement): void {
	const label = () => el.classList.toggle('map-seats-unlabelled', map.getZoom() < SEAT_LABEL_ZOOM);
	map.on('zoomend', label);
	label();
}
