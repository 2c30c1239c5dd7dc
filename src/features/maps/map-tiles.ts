/**
 * The map's tile layers, from the bureau's settings (`map` in content/site.yaml). Both providers
 * draw WGS-84 (Tianditu's CGCS2000 differs by millimetres), the system our coordinates are in;
 * providers in GCJ-02 or BD-09 are refused by the content check (src/schema/site.ts).
 */
import type { Locale } from '../../schema/fields.ts';
import type { SiteSettings } from '../../schema/site.ts';

export interface TileLayerSpec {
	/** Leaflet URL template. */
	url: string;
	subdomains?: string;
	maxZoom: number;
}

export interface TileSpec {
	layers: TileLayerSpec[];
	/** Plain text credits; the map escapes them before Leaflet writes them as HTML. */
	credits: { text: string; href?: string }[];
}

const tianditu = (layer: string, key: string): TileLayerSpec => ({
	url: `https://t{s}.tianditu.gov.cn/DataServer?T=${layer}&x={x}&y={y}&l={z}&tk=${encodeURIComponent(key)}`,
	subdomains: '01234567',
	maxZoom: 18,
});

/**
 * What to load for a language, or undefined when the map has no tiles and shows only its
 * schematic (tiles: none, or Tianditu without a key).
 */
export function tileSpec(map: SiteSettings['map'], locale: Locale): TileSpec | undefined {
	switch (map.tiles) {
		case 'osm':
			return {
				layers: [{ url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', maxZoom: 19 }],
				credits: [{ text: '© OpenStreetMap', href: 'https://www.openstreetmap.org/copyright' }],
			};
		case 'tianditu':
			if (!map.tiandituKey) return undefined;
			return {
				// Streets, then the labels in the page's language (cva: Chinese, eva: English).
				layers: [tianditu('vec_w', map.tiandituKey), tianditu(locale === 'en' ? 'eva_w' : 'cva_w', map.tiandituKey)],
				credits: [
					{ text: locale === 'en' ? 'Tianditu' : '天地图', href: 'https://www.tianditu.gov.cn/' },
					...(map.reviewNumber ? [{ text: `审图号 ${map.reviewNumber}` }] : []),
				],
			};
		case 'none':
			return undefined;
	}
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** Credits as the HTML Leaflet's attribution control writes: escaped, because editors type the 审图号. */
export function creditsHtml(credits: TileSpec['credits']): string {
	return credits
		.map(({ text, href }) => (href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(text)}</a>` : escapeHtml(text)))
		.join(' · ');
}
