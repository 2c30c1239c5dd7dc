/** Leaflet as the map's modules use it, and what they share: zooms, bounds and elements. */
import * as Leaflet from 'leaflet';
import type { Bounds } from '../geo.ts';

/** Leaflet's real exports object, the one plugins extend: Leaflet is a UMD bundle, whose exports are the CommonJS default. */
export const L = (Leaflet as unknown as { default?: typeof Leaflet }).default ?? Leaflet;

/** Zoom at which markers stop clustering, and to which choosing a park from the list flies. */
export const DETAIL_ZOOM = 11;
/** Zoom from which the schematic names prefecture seats. */
export const SEAT_LABEL_ZOOM = 7;

/** Leaflet's bounds of a region. */
export const toBounds = (b: Bounds) => L.latLngBounds([b.south, b.west], [b.north, b.east]);

/** An element with its text set as text: nothing the map shows is ever parsed as HTML. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	if (className) el.className = className;
	if (text !== undefined) el.textContent = text;
	return el;
}
