/**
 * Turns a MapView.astro map into a Leaflet map, and gives the page that holds it a controller. Every
 * text comes from the build, already formatted; the map writes it with textContent, never as HTML.
 */
import type { Map as LeafletMap, Marker } from 'leaflet';
import { readConfig } from '../../../lib/component.ts';
import type { MapConfig } from '../map-config.ts';
import { DETAIL_ZOOM, L, SEAT_LABEL_ZOOM, toBounds } from './leaflet.ts';
import { createPlaces, markerLayer, showPlaces, type MarkerLayer, type Places } from './markers.ts';
import { addTiles, createSchematic, labelSeatsWhenRoomy } from './schematic.ts';

/** What the page holding a map can do with it (see parks-map.ts). */
export interface MapController {
	/** Shows only the markers (and boundaries) of these ids. */
	show(ids: ReadonlySet<string>): void;
	/** Flies to a marker and opens its popup; focus goes into the popup and back to `from` on Escape. */
	focus(id: string, from?: HTMLElement): void;
	/** Called with the id whose popup opened, or undefined when it closed. */
	onSelect(handler: (id: string | undefined) => void): void;
}

/** Closest a map may zoom: enough to tell apart markers a street apart. */
const MAX_ZOOM = 18;

/** Closest the overview flies to on the schematic: nearer, it would be blank land without a named place. */
const SCHEMATIC_ZOOM = SEAT_LABEL_ZOOM + 1;

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

function createLeafletMap(el: HTMLElement, config: MapConfig): LeafletMap {
	// On touch screens one finger scrolls the page and two fingers move the map, so the map never traps scrolling.
	const touch = matchMedia('(pointer: coarse)').matches;
	const map = L.map(el, {
		zoomControl: false,
		attributionControl: false,
		dragging: !touch,
		scrollWheelZoom: false,
		maxBounds: toBounds(config.region).pad(0.5),
		minZoom: 4,
		// Set here, not only by tile layers: the clusters need it, and a map may have no tiles.
		maxZoom: Math.max(MAX_ZOOM, ...(config.tiles?.layers.map((l) => l.maxZoom) ?? [])),
		zoomSnap: 0.5,
	});
	L.control.zoom({ zoomInTitle: config.strings.zoomIn, zoomOutTitle: config.strings.zoomOut }).addTo(map);
	// The wheel zooms only a map the reader has chosen, so scrolling past it scrolls the page.
	map.on('focus click', () => map.scrollWheelZoom.enable());
	map.on('blur', () => map.scrollWheelZoom.disable());
	el.addEventListener('mouseleave', () => map.scrollWheelZoom.disable());
	return map;
}

/**
 * First view: the whole region for the overview, the places themselves for a close-up. A close-up
 * takes in the nearest prefecture seat too: on the schematic, which the map shows until tiles arrive
 * and may show for good, blank land around a marker would say nothing of where it is.
 */
function fitFirstView(map: LeafletMap, config: MapConfig, places: Places): void {
	const extent = L.latLngBounds(config.items.map((i) => [i.lat, i.lng] as [number, number]));
	for (const layer of places.boundaries.values()) extent.extend(layer.getBounds());
	if (config.overview || !extent.isValid()) return void map.fitBounds(toBounds(config.region));
	const centre = extent.getCenter();
	const seat = [...config.seats].sort((a, b) => centre.distanceTo(a) - centre.distanceTo(b))[0];
	if (seat) extent.extend(seat);
	// Room on the right for the seat's name, which is written after its dot.
	map.fitBounds(extent, { paddingTopLeft: [32, 32], paddingBottomRight: [96, 32], maxZoom: DETAIL_ZOOM + 1 });
}

/** Brings the map into view and flies to a marker; `arrived` runs there, once its cluster has opened. */
function flyToMarker(el: HTMLElement, map: LeafletMap, marker: Marker, { cluster }: MarkerLayer, zoom: number, arrived: () => void): void {
	el.scrollIntoView({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
	map.once('moveend', () => (cluster ? cluster.zoomToShowLayer(marker, arrived) : arrived()));
	map.flyTo(marker.getLatLng(), Math.max(map.getZoom(), zoom), { animate: !reducedMotion(), duration: 0.8 });
}

async function createMap(el: HTMLElement): Promise<MapController> {
	const config = readConfig(el, { map: 'json' }).map as MapConfig;
	el.replaceChildren();
	const map = createLeafletMap(el, config);
	// The map's own base shows at once: tiles replace it when, and if, they arrive.
	const schematic = createSchematic(map, el, config);
	schematic.set(true);
	if (config.tiles) addTiles(map, config.tiles, schematic);
	const places = createPlaces(map, el, config);
	// The view first, so the base draws while the clusters' code may still be loading.
	fitFirstView(map, config, places);
	labelSeatsWhenRoomy(map, el);
	const layer = await markerLayer(config.overview, config.strings.cluster);
	const show = showPlaces(map, places, layer);
	show(new Set(places.markers.keys()));
	return {
		show,
		focus(id, from) {
			const marker = places.markers.get(id);
			if (!marker) return;
			flyToMarker(el, map, marker, layer, schematic.on ? SCHEMATIC_ZOOM : DETAIL_ZOOM, () => {
				marker.openPopup();
				places.returnTo = from;
				if (from) marker.getPopup()?.getElement()?.querySelector('a')?.focus({ preventScroll: true });
			});
		},
		onSelect(handler) {
			places.onSelect = handler;
		},
	};
}

const mounted = new WeakMap<HTMLElement, Promise<MapController>>();

/** The map of a MapView element (`[data-map]`), created on first call. */
export function mountMap(el: HTMLElement): Promise<MapController> {
	let controller = mounted.get(el);
	if (!controller) mounted.set(el, (controller = createMap(el)));
	return controller;
}
