/** Small geometry helpers for the maps and the open data: GeoJSON is [lng, lat], Leaflet is [lat, lng]. */
import type { GeoPolygon, LatLng } from '../../schema/fields.ts';

export interface Bounds {
	south: number;
	west: number;
	north: number;
	east: number;
}

/** The smallest box around some points, or undefined for none. */
export function boundsOf(points: readonly LatLng[]): Bounds | undefined {
	if (!points.length) return undefined;
	const lats = points.map((p) => p.lat);
	const lngs = points.map((p) => p.lng);
	return { south: Math.min(...lats), west: Math.min(...lngs), north: Math.max(...lats), east: Math.max(...lngs) };
}

/** Every corner of a polygon's outer ring, as points. */
export const polygonPoints = (polygon: GeoPolygon): LatLng[] => (polygon.coordinates[0] ?? []).map(([lng, lat]) => ({ lat, lng }));
