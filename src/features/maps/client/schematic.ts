/**
 * What the map draws under its markers. Until tiles arrive, and whenever they fail, that is the
 * bureau's standard map with its 审图号 or, without one, a schematic: prefecture seats and a badge
 * saying it is not a standard map, and no boundary, which may not be published without a 审图号.
 * Tiles replace it when they load, and only then does the map name their provider.
 */
import type { Map as LeafletMap } from 'leaflet';
import { creditsHtml } from '../map-tiles.ts';
import type { MapConfig } from '../map-config.ts';
import type { Seat } from '../map-items.ts';
import type { TileSpec } from '../../../lib/tile-providers.ts';
import { element, L, SEAT_LABEL_ZOOM, toBounds } from './leaflet.ts';

/** Whether the map shows its own base (the standard map or the schematic) rather than tiles, and how to switch. */
export interface Schematic {
	readonly on: boolean;
	set(on: boolean): void;
}

/** A layer or control: what the base adds to the map and takes away again. */
type Part = { addTo(map: LeafletMap): unknown; remove(): unknown };

const seatMarkers = (seats: Seat[]) =>
	L.layerGroup(
		seats.map((seat) =>
			L.marker(seat, {
				icon: L.divIcon({ html: element('span', undefined, seat.name), className: 'map-seat', iconSize: undefined }),
				interactive: false,
				keyboard: false,
				// Under the parks' and projects' markers.
				zIndexOffset: -1000,
			})
		)
	);

/** A line of text in a corner of the map. */
function label(position: 'topright' | 'bottomright', className: string, text: string): Part {
	const control = new L.Control({ position });
	control.onAdd = () => element('div', `leaflet-control ${className}`, text);
	return control;
}

/** The standard map under everything else the map draws, with its 审图号 over it. */
function standardMapParts(map: LeafletMap, standard: NonNullable<MapConfig['standardMap']>): Part[] {
	// Its own pane, above the tiles and below the parks' boundaries (Leaflet: tiles 200, overlays 400).
	map.createPane('standardMapPane');
	const image = L.imageOverlay(standard.url, toBounds(standard.bounds), {
		pane: 'standardMapPane',
		alt: standard.alt,
		className: 'map-standard',
		interactive: false,
	});
	return [image, label('bottomright', 'map-credit', standard.credit)];
}

/** The map's own base, shown until tiles arrive (see `addTiles`). */
export function createSchematic(map: LeafletMap, el: HTMLElement, config: MapConfig): Schematic {
	const { standardMap } = config;
	const seats = seatMarkers(config.seats);
	const parts: Part[] = standardMap
		? standardMapParts(map, standardMap)
		: [seats, label('topright', 'map-badge', config.strings.schematic)];
	// The caption explains a schematic that stands in for tiles that failed; a standard map needs no excuse.
	const note = config.tiles && !standardMap ? el.closest('figure')?.querySelector<HTMLElement>('[data-map-schematic-note]') : undefined;
	let shown = false;
	return {
		get on() {
			return shown;
		},
		set(on) {
			if (on === shown) return;
			shown = on;
			el.classList.toggle('map-untiled', on);
			el.classList.toggle('map-schematic', on && !standardMap);
			for (const part of parts) {
				if (on) part.addTo(map);
				else part.remove();
			}
			if (note) note.hidden = !on;
		},
	};
}

/**
 * Loads the tiles over the map's own base. The first tile that loads hides the base and brings the
 * provider's credits; a round of tiles that all fail (the host went away) brings the base back.
 */
export function addTiles(map: LeafletMap, tiles: TileSpec, schematic: Schematic): void {
	const credits = L.control.attribution({ prefix: false }).addAttribution(creditsHtml(tiles.credits));
	const showTiles = (on: boolean) => {
		if (on === !schematic.on) return;
		schematic.set(!on);
		if (on) credits.addTo(map);
		else credits.remove();
	};
	const base = tiles.layers.map((spec) =>
		L.tileLayer(spec.url, { subdomains: spec.subdomains ?? 'abc', maxZoom: spec.maxZoom, maxNativeZoom: spec.maxZoom }).addTo(map)
	)[0]!;
	let loaded = 0;
	let failed = 0;
	base.on('loading', () => (loaded = failed = 0));
	base.on('tileload', () => {
		loaded++;
		showTiles(true);
	});
	base.on('tileerror', () => failed++);
	base.on('load', () => loaded === 0 && failed > 0 && showTiles(false));
}

/** Prefecture names need room: below SEAT_LABEL_ZOOM the schematic shows their seats as dots only. */
export function labelSeatsWhenRoomy(map: LeafletMap, el: HTMLElement): void {
	const update = () => el.classList.toggle('map-seats-unlabelled', map.getZoom() < SEAT_LABEL_ZOOM);
	map.on('zoomend', update);
	update();
}
