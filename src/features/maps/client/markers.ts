/**
 * The markers and boundaries of the parks and projects, their popups, and the layer that shows them:
 * clusters on the overview, a plain group on a close-up.
 */
import type { DivIcon, FeatureGroup, GeoJSON as GeoJsonLayer, Map as LeafletMap, Marker, MarkerClusterGroup } from 'leaflet';
import { render, type Message } from '../../../i18n/plural.ts';
import type { MapConfig } from '../map-config.ts';
import type { MapItem } from '../map-items.ts';
import { DETAIL_ZOOM, element, L } from './leaflet.ts';

/** Each item's marker and boundary by id, with the hooks that keep a list in step with the popups. */
export interface Places {
	markers: Map<string, Marker>;
	boundaries: Map<string, GeoJsonLayer>;
	/** Told the id whose popup opened, or undefined when it closed. */
	onSelect: (id: string | undefined) => void;
	/** Where focus goes back to when Escape closes a popup opened from outside the map. */
	returnTo: HTMLElement | undefined;
}

/** Where the markers are drawn; `cluster` is the same layer when the map clusters. */
export interface MarkerLayer {
	group: FeatureGroup;
	cluster: MarkerClusterGroup | undefined;
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

function markerIcon(item: MapItem): DivIcon {
	// The visually hidden name makes the focusable marker (role=button) say which park it is.
	const name = element('span', 'visually-hidden', item.title);
	if (item.titleLang) name.lang = item.titleLang;
	// At least 24 px: the smallest target WCAG 2.2 allows (2.5.8) where markers stand close together.
	const size = item.level === 'national' ? 28 : 24;
	return L.divIcon({
		html: name,
		className: `map-marker map-marker-${item.kind === 'project' ? 'project' : item.level}`,
		iconSize: [size, size],
		popupAnchor: [0, -size / 2],
	});
}

function itemMarker(item: MapItem, closeLabel: string, places: Places): Marker {
	const marker = L.marker([item.lat, item.lng], { icon: markerIcon(item), title: item.title, keyboard: true, riseOnHover: true });
	// Keep the popup clear of the zoom buttons at the top left.
	marker.bindPopup(popupContent(item), { maxWidth: 300, autoPanPadding: [16, 16], autoPanPaddingTopLeft: [56, 16] });
	marker.on('popupopen', (e) => {
		e.popup.getElement()?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', closeLabel);
		marker.getElement()?.classList.add('map-selected');
		places.onSelect(item.id);
	});
	marker.on('popupclose', () => {
		marker.getElement()?.classList.remove('map-selected');
		places.onSelect(undefined);
	});
	return marker;
}

/** Escape, from the popup or its marker, closes the popup and returns to where the reader came from. */
function closeOnEscape(map: LeafletMap, el: HTMLElement, places: Places): void {
	el.addEventListener('keydown', (e) => {
		const open = [...places.markers.values()].find((m) => m.isPopupOpen());
		if (e.key !== 'Escape' || !open) return;
		const back = places.returnTo ?? open.getElement();
		open.closePopup();
		back?.focus();
	});
	map.on('popupclose', () => (places.returnTo = undefined));
}

/** The items' markers and boundaries, made but not yet shown. */
export function createPlaces(map: LeafletMap, el: HTMLElement, config: MapConfig): Places {
	const places: Places = { markers: new Map(), boundaries: new Map(), onSelect: () => {}, returnTo: undefined };
	for (const item of config.items) {
		if (item.boundary)
			places.boundaries.set(item.id, L.geoJSON(item.boundary, { interactive: false, style: { className: 'map-boundary' } }));
		places.markers.set(item.id, itemMarker(item, config.strings.close, places));
	}
	closeOnEscape(map, el, places);
	return places;
}

function clusterIcon(n: number, label: Message): DivIcon {
	const html = element('span');
	html.append(
		element('span', undefined, String(n)),
		element('span', 'visually-hidden', render(label, document.documentElement.lang, { n }))
	);
	const size = n < 10 ? 34 : 42;
	return L.divIcon({ html, className: 'map-cluster', iconSize: [size, size] });
}

/** Clusters for the overview, loading Leaflet.markercluster only then; a plain group for a close-up. */
export async function markerLayer(overview: boolean, clusterLabel: Message): Promise<MarkerLayer> {
	if (!overview) return { group: L.featureGroup(), cluster: undefined };
	// markercluster extends the global L when it loads, so it is imported after Leaflet is in place.
	(window as unknown as { L: typeof L }).L = L;
	await import('leaflet.markercluster');
	const cluster = L.markerClusterGroup({
		showCoverageOnHover: false,
		maxClusterRadius: 48,
		disableClusteringAtZoom: DETAIL_ZOOM,
		iconCreateFunction: (c) => clusterIcon(c.getChildCount(), clusterLabel),
	});
	return { group: cluster, cluster };
}

/** Adds the places to the map and returns how to show only some of them. */
export function showPlaces(map: LeafletMap, places: Places, { group, cluster }: MarkerLayer): (ids: ReadonlySet<string>) => void {
	const boundaries = L.layerGroup([...places.boundaries.values()]).addTo(map);
	group.addTo(map);
	return (ids) => {
		const chosen = [...places.markers].filter(([id]) => ids.has(id)).map(([, m]) => m);
		group.clearLayers();
		if (cluster) cluster.addLayers(chosen);
		else chosen.forEach((m) => group.addLayer(m));
		boundaries.clearLayers();
		for (const [id, layer] of places.boundaries) if (ids.has(id)) boundaries.addLayer(layer);
	};
}
