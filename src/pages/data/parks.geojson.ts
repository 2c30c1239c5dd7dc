import type { APIRoute } from 'astro';
import { catalogue } from '../../catalogue/catalogue.ts';
import { openDataRows } from '../../features/open-data/open-data.ts';
import { toGeoJson } from '../../features/open-data/formats.ts';

/** Parks as GeoJSON for GIS tools: the same rows as parks.json, with locations and boundaries as geometry. */
export const GET: APIRoute = async ({ site }) => {
	const [rows, { parks }] = await Promise.all([openDataRows('parks', site!), catalogue('zh-CN')]);
	const byId = new Map(parks.map((p) => [p.id, p.data]));
	const located = rows.map((row) => {
		const park = byId.get(String(row.id))!;
		return { row, location: park.location, boundary: park.boundary };
	});
	return new Response(JSON.stringify(toGeoJson(located)), { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
};
