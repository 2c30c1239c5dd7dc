/**
 * Small geometry helpers for the maps and the open data: GeoJSON is [lng, lat], Leaflet is
 * [lat, lng]; everything here speaks GeoJSON unless a name says otherwise.
 */
import type { GeoPolygon, LatLng } from '../../schema/fields.ts';

export type Position = [lng: number, lat: number];

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

/** Distance in degrees from `p` to the segment a–b (planar: fine for simplifying at a province's scale). */
function segmentDistance(p: Position, a: Position, b: Position): number {
	const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
	const t = dx || dy ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy))) : 0;
	return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** Ramer–Douglas–Peucker: drops points closer than `tolerance` degrees to the line that replaces them. */
export function simplifyLine(points: readonly Position[], tolerance: number): Position[] {
	if (points.length < 3) return [...points];
	const keep = new Uint8Array(points.length);
	keep[0] = keep[points.length - 1] = 1;
	const stack: [number, number][] = [[0, points.length - 1]];
	while (stack.length) {
		const [first, last] = stack.pop()!;
		let farthest = -1;
		let max = tolerance;
		for (let i = first + 1; i < last; i++) {
			const d = segmentDistance(points[i]!, points[first]!, points[last]!);
			if (d > max) [max, farthest] = [d, i];
		}
		if (farthest < 0) continue;
		keep[farthest] = 1;
		stack.push([first, farthest], [farthest, last]);
	}
	return points.filter((_, i) => keep[i]);
}

/**
 * Simplifies a closed ring and rounds it to `digits` decimals (3 ≈ 100 m). A ring is split at its
 * farthest point from the start first, so its two halves simplify as lines and it stays closed.
 */
export function simplifyRing(ring: readonly Position[], tolerance: number, digits = 3): Position[] {
	const open = ring.slice(0, -1);
	if (open.length < 4) return [...ring];
	const start = open[0]!;
	const split = open.reduce(
		(best, p, i) =>
			Math.hypot(p[0] - start[0], p[1] - start[1]) > Math.hypot(open[best]![0] - start[0], open[best]![1] - start[1]) ? i : best,
		0
	);
	const halves = [simplifyLine(open.slice(0, split + 1), tolerance), simplifyLine([...open.slice(split), start], tolerance)];
	const round = (n: number) => Number(n.toFixed(digits));
	const joined = [...halves[0]!, ...halves[1]!.slice(1)].map(([x, y]): Position => [round(x), round(y)]);
	return joined.filter((p, i) => i === 0 || p[0] !== joined[i - 1]![0] || p[1] !== joined[i - 1]![1]);
}
