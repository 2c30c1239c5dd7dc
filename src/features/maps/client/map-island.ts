/**
 * Turns each `[data-map]` element (see MapView.astro) into a Leaflet map. Every text comes from the
 * build, already formatted; this script writes it with textContent, never as HTML.
 */
import * as Leaflet from 'leaflet';
import type { MapItem, Seat } from '../map-items.ts';
import type { TileSpec } from '../../../lib/tile-providers.ts';
import { creditsHtml } from '../map-tiles.ts';
import type { Bounds } from '../geo.ts';

// Leaflet is a UMD bundle: its real exports object (the one plugins extend) is the CommonJS default.
const L = (Leaflet as unknown as { default?: typeof Leaflet }).default ?? Leaflet;

interface MapConfig {
	items: MapItem[];
	seats: Seat[];
	tiles?: TileSpec;
	region: Bounds;
	overview: boolean;
	strings: Record<'zoomIn' | 'zoomOut' | 'close' | 'schematic' | 'cluster', string>;
}

export interface MapController {
	/** Shows only the markers (and boundaries) of these ids. */
	show(ids: ReadonlySet<string>): void;
	/** Flies to a marker and opens its popup; focus goes into the popup and back to `from` on Escape. */
	focus(id: string, from?: HTMLElement): void;
	/** Called with the id whose popup opened, or undefined when it closed. */
	onSelect(handler: (id: string | undefined) => void): void;
}

/** The province's outline, if the bureau ships one (content/map/region.geojson); the schematic draws it. */
const outlines = import.meta.glob<string>('../../../../content/map/region.geojson', { query: '?raw', import: 'default', eager: true });
const outline = Object.values(outlines).map((text) => JSON.parse(text) as GeoJSON.FeatureCollection)[0];

/** Zoom at which markers stop clustering, and to which choosing a park from the list flies. */
const DETAIL_ZOOM = 11;
/** Zoom from which the schematic names prefecture seats. */
const SEAT_LABEL_ZOOM = 7;
/** Closest the overview flies to on the schematic: nearer, it would be blank land without a named place. */
const SCHEMATIC_ZOOM = SEAT_LABEL_ZOOM + 1;
/** How long tiles may take before the schematic shows instead of an empty box. */
const TILE_PATIENCE_MS = 4000;

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;
const toBounds = (b: Bounds) => L.latLngBounds([b.south, b.west], [b.north, b.east]);

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	if (className) el.className = className;
	if (text !== undefined) el.textContent = text;
	return el;
}

function popupContent(item: MapItem): HTMLElement {
	const root = element('div', 'map-popup');
	const link = element('a', undefined, item.title);
	link.href = item.href;
	if (item.titleLang) link.lang = item.titleLang;
	const title = element('h3');
	title.append(link);
	const facts = element('dl');
	for (const { label, value } of item.facts) {
		const row = element('div');
		row.append(element('dt', undefined, label), element('dd', undefined, value));
		facts.append(row);
	}
	root.append(element('p', 'badge', item.badge), title, facts);
	return root;
}

function markerIcon(item: MapItem): Leaflet.DivIcon {
	// The visually hidden name makes the focusable marker (role=button) say which park it is.
	const name = element('span', 'visually-hidden', item.title);
	if (item.titleLang) name.lang = item.titleLang;
	const size = item.kind === 'project' ? 16 : item.level === 'national' ? 22 : 18;
	return L.divIcon({
		html: name,
		className: `map-marker map-marker-${item.kind === 'project' ? 'project' : item.level}`,
		iconSize: [size, size],
		popupAnchor: [0, -size / 2],
	});
}

async function createMap(el: HTMLElement): Promise<MapController> {
	const config = JSON.parse(el.dataset.map!) as MapConfig;
	const { strings } = config;
	el.replaceChildren();
	// On touch screens one finger scrolls the page and two fingers move the map, so the map never traps scrolling.
	const touch = matchMedia('(pointer: coarse)').matches;
	const region = toBounds(config.region);
	const map = L.map(el, {
		zoomControl: false,
		attributionControl: false,
		dragging: !touch,
		scrollWheelZoom: false,
		maxBounds: region.pad(0.5),
		minZoom: 4,
		zoomSnap: 0.5,
	});
	L.control.zoom({ zoomInTitle: strings.zoomIn, zoomOutTitle: strings.zoomOut }).addTo(map);
	// The wheel zooms only a map the reader has chosen, so scrolling past it scrolls the page.
	map.on('focus click', () => map.scrollWheelZoom.enable());
	map.on('blur', () => map.scrollWheelZoom.disable());
	el.addEventListener('mouseleave', () => map.scrollWheelZoom.disable());

	/* Schematic: the outline filled as land, prefecture seats and a label saying what it is. */
	if (outline) L.geoJSON(outline, { interactive: false, style: { className: 'map-region', fill: true } }).addTo(map);
	const seats = L.layerGroup(
		config.seats.map((seat) =>
			L.marker(seat, {
				icon: L.divIcon({ html: element('span', undefined, seat.name), className: 'map-seat', iconSize: undefined }),
				interactive: false,
				keyboard: false,
			})
		)
	);
	const badge = new L.Control({ position: 'topright' });
	badge.onAdd = () => element('div', 'leaflet-control map-badge', strings.schematic);
	const note = el.closest('figure')?.querySelector<HTMLElement>('[data-map-schematic-note]');
	let schematic: boolean | undefined;
	const setSchematic = (on: boolean) => {
		if (on === schematic) return;
		const first = schematic === undefined;
		schematic = on;
		el.classList.toggle('map-schematic', on);
		if (on) seats.addTo(map).eachLayer((l) => (l as Leaflet.Marker).setZIndexOffset(-1000));
		else seats.remove();
		if (on) badge.addTo(map);
		else badge.remove();
		if (note && config.tiles) note.hidden = !on;
		// Refit only on the first verdict on the tiles, just after loading: tiles that fail later must not yank the view.
		if (on && first && fitView) fitView();
	};
	let fitView: (() => void) | undefined;

	if (!config.tiles) setSchematic(true);
	else {
		L.control.attribution({ prefix: false }).addAttribution(creditsHtml(config.tiles.credits)).addTo(map);
		const base = config.tiles.layers.map((spec) =>
			L.tileLayer(spec.url, { subdomains: spec.subdomains ?? 'abc', maxZoom: spec.maxZoom, maxNativeZoom: spec.maxZoom }).addTo(map)
		)[0]!;
		// One round of tiles per view: the schematic shows when none of them loaded, and hides again when tiles return.
		let loaded = 0;
		let failed = 0;
		base.on('loading', () => (loaded = failed = 0));
		base.on('tileload', () => {
			loaded++;
			setSchematic(false);
		});
		base.on('tileerror', () => failed++);
		base.on('load', () => loaded === 0 && failed > 0 && setSchematic(true));
		setTimeout(() => schematic === undefined && setSchematic(true), TILE_PATIENCE_MS);
	}

	/* Boundaries and markers */
	const boundaries = new Map<string, Leaflet.Layer>();
	const markers = new Map<string, Leaflet.Marker>();
	let selectHandler: (id: string | undefined) => void = () => {};
	let returnTo: HTMLElement | undefined;
	for (const item of config.items) {
		if (item.boundary) boundaries.set(item.id, L.geoJSON(item.boundary, { interactive: false, style: { className: 'map-boundary' } }));
		const marker = L.marker([item.lat, item.lng], { icon: markerIcon(item), title: item.title, keyboard: true, riseOnHover: true });
		// Keep the popup clear of the zoom buttons at the top left.
		marker.bindPopup(popupContent(item), { maxWidth: 300, autoPanPadding: [16, 16], autoPanPaddingTopLeft: [56, 16] });
		marker.on('popupopen', (e) => {
			e.popup.getElement()?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', strings.close);
			marker.getElement()?.classList.add('map-selected');
			selectHandler(item.id);
		});
		marker.on('popupclose', () => {
			marker.getElement()?.classList.remove('map-selected');
			selectHandler(undefined);
		});
		markers.set(item.id, marker);
	}
	// Escape, from the popup or its marker, closes the popup and returns to where the reader came from.
	el.addEventListener('keydown', (e) => {
		const open = [...markers.values()].find((m) => m.isPopupOpen());
		if (e.key !== 'Escape' || !open) return;
		const back = returnTo ?? open.getElement();
		open.closePopup();
		back?.focus();
	});
	map.on('popupclose', () => (returnTo = undefined));

	let group: Leaflet.FeatureGroup;
	let cluster: Leaflet.MarkerClusterGroup | undefined;
	if (config.overview) {
		// markercluster extends the global L when it loads, so it is imported after Leaflet is in place.
		(window as unknown as { L: typeof Leaflet }).L = L;
		await import('leaflet.markercluster');
		cluster = L.markerClusterGroup({
			showCoverageOnHover: false,
			maxClusterRadius: 48,
			disableClusteringAtZoom: DETAIL_ZOOM,
			iconCreateFunction: (c) => {
				const n = c.getChildCount();
				const html = element('span');
				html.append(element('span', undefined, String(n)), element('span', 'visually-hidden', strings.cluster.replace('{n}', String(n))));
				const size = n < 10 ? 34 : 42;
				return L.divIcon({ html, className: 'map-cluster', iconSize: [size, size] });
			},
		});
		group = cluster;
	} else group = L.featureGroup();
	const layerGroup = L.layerGroup([...boundaries.values()]).addTo(map);
	group.addTo(map);

	const show = (ids: ReadonlySet<string>) => {
		const chosen = [...markers].filter(([id]) => ids.has(id)).map(([, m]) => m);
		group.clearLayers();
		if (cluster) cluster.addLayers(chosen);
		else chosen.forEach((m) => group.addLayer(m));
		layerGroup.clearLayers();
		for (const [id, layer] of boundaries) if (ids.has(id)) layerGroup.addLayer(layer);
	};
	show(new Set(markers.keys()));

	/* First view: the whole region for the overview, the places themselves for a close-up. */
	const places = L.latLngBounds(config.items.map((i) => [i.lat, i.lng] as [number, number]));
	for (const layer of boundaries.values()) places.extend((layer as Leaflet.GeoJSON).getBounds());
	if (config.overview || !places.isValid()) map.fitBounds(region);
	else {
		// On the schematic a close-up of blank land says nothing, so it takes in the nearest prefecture seat too.
		const centre = places.getCenter();
		const seat = [...config.seats].sort((a, b) => centre.distanceTo(a) - centre.distanceTo(b))[0];
		fitView = () => {
			const view = L.latLngBounds(places.getSouthWest(), places.getNorthEast());
			if (schematic && seat) view.extend(seat);
			// Room on the right for the seat's name, which is written after its dot.
			map.fitBounds(view, { paddingTopLeft: [32, 32], paddingBottomRight: [schematic ? 96 : 32, 32], maxZoom: DETAIL_ZOOM + 1 });
		};
		fitView();
	}
	// Prefecture names need room: below this zoom the schematic shows their seats as dots only.
	const labelZoom = () => el.classList.toggle('map-seats-unlabelled', map.getZoom() < SEAT_LABEL_ZOOM);
	map.on('zoomend', labelZoom);
	labelZoom();

	return {
		show,
		focus(id, from) {
			const marker = markers.get(id);
			if (!marker) return;
			const open = () => {
				marker.openPopup();
				returnTo = from;
				if (from) marker.getPopup()?.getElement()?.querySelector('a')?.focus({ preventScroll: true });
			};
			el.scrollIntoView({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
			map.once('moveend', () => (cluster ? cluster.zoomToShowLayer(marker, open) : open()));
			const zoom = schematic ? SCHEMATIC_ZOOM : DETAIL_ZOOM;
			map.flyTo(marker.getLatLng(), Math.max(map.getZoom(), zoom), { animate: !reducedMotion(), duration: 0.8 });
		},
		onSelect(handler) {
			selectHandler = handler;
		},
	};
}

const mounted = new WeakMap<HTMLElement, Promise<MapController>>();

/** The map of a `[data-map]` element, created on first call. */
export function mountMap(el: HTMLElement): Promise<MapController> {
	let controller = mounted.get(el);
	if (!controller) mounted.set(el, (controller = createMap(el)));
	return controller;
}

export function mountAll(): void {
	for (const el of document.querySelectorAll<HTMLElement>('[data-map]')) void mountMap(el);
}
