/** Every location and boundary lies inside the region the site covers (map.bounds in site.yaml). */
import { walkValues, type Fields } from '../../schema/fields.ts';
import type { SiteSettings } from '../../schema/site.ts';
import { validEntries, type Content } from '../load.ts';
import { pathText, type Problem } from '../problem.ts';

type Bounds = SiteSettings['map']['bounds'];
const inBounds = (p: { lat: number; lng: number }, b: Bounds) => p.lat >= b.south && p.lat <= b.north && p.lng >= b.west && p.lng <= b.east;

export function regionRule(content: Content): Problem[] {
	const bounds = content.site.data?.map.bounds;
	if (!bounds) return [];
	const problems: Problem[] = [];
	const outside = (file: string, field: string, label: string, p: { lat: number; lng: number }) =>
		problems.push({
			file,
			field,
			label,
			message: `lat ${p.lat}, lng ${p.lng} lies outside the region (${bounds.south}–${bounds.north}°N, ${bounds.west}–${bounds.east}°E) — fix: check the coordinates; latitude and longitude may be swapped`,
		});
	const check = (file: string, fields: Fields, values: Record<string, unknown>) =>
		walkValues(fields, values, (f, value, path) => {
			if (f.kind === 'location') {
				const p = value as { lat: number; lng: number };
				if (!inBounds(p, bounds)) outside(file, pathText(path), f.label['zh-CN'], p);
			}
			if (f.kind === 'polygon') {
				const corner = ((value as { coordinates: [number, number][][] }).coordinates[0] ?? []).find(
					([lng, lat]) => !inBounds({ lat, lng }, bounds)
				);
				if (corner) outside(file, pathText(path), f.label['zh-CN'], { lat: corner[1], lng: corner[0] });
			}
		});
	for (const d of content.data) for (const item of d.items ?? []) check(d.file, d.collection.item, item);
	for (const e of validEntries(content)) check(e.original.path, e.collection.fields, e.data);
	return problems;
}
