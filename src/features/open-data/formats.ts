/**
 * Open data: projects, parks, policies and success stories as flat rows with both languages side by side, served
 * as JSON and as CSV (with a BOM, so spreadsheet programs read the Chinese text as UTF-8).
 */
import type { GeoPolygon, LatLng } from '../../schema/fields.ts';

export const OPEN_DATA_SETS = ['projects', 'parks', 'policies', 'cases', 'expos'] as const;
export type OpenDataSet = (typeof OPEN_DATA_SETS)[number];

export type Row = Record<string, string | number | boolean | undefined>;

const csvCell = (v: Row[string]) => {
	if (v === undefined) return '';
	const text = String(v);
	// Quote what needs it, and defuse cells a spreadsheet would run as a formula.
	const safe = /^[=+\-@\t\r]/.test(text) && typeof v === 'string' ? `'${text}` : text;
	return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function toCsv(rows: Row[]): string {
	const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
	const lines = [columns.join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))];
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export interface Located {
	row: Row;
	location: LatLng;
	boundary?: GeoPolygon | undefined;
}

/**
 * Rows as a GeoJSON FeatureCollection (RFC 7946, WGS-84): a Point per row and, where the row has
 * one, its boundary as a second feature with the same `id` and `"feature": "boundary"`.
 */
export function toGeoJson(items: readonly Located[]) {
	const properties = (row: Row, feature: 'location' | 'boundary') =>
		Object.fromEntries([...Object.entries(row).filter(([k, v]) => v !== undefined && k !== 'lat' && k !== 'lng'), ['feature', feature]]);
	return {
		type: 'FeatureCollection',
		features: items.flatMap(({ row, location, boundary }) => [
			{
				type: 'Feature',
				id: row.id,
				geometry: { type: 'Point', coordinates: [location.lng, location.lat] },
				properties: properties(row, 'location'),
			},
			...(boundary ? [{ type: 'Feature', id: row.id, geometry: boundary, properties: properties(row, 'boundary') }] : []),
		]),
	};
}
