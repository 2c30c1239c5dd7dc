/**
 * The map tile providers a bureau can choose (`map.tiles` in content/site.yaml), in one table: their
 * name for editors, the hosts the Content-Security-Policy lets the browser load tiles from, and the
 * layers and credits a map draws in each language. Both providers draw WGS-84 (Tianditu's CGCS2000
 * differs by millimetres), the system our coordinates are in; providers in GCJ-02 or BD-09 are refused.
 */
import type { Bilingual, Locale, Refusal } from '../schema/fields.ts';

/** One Leaflet tile layer. */
export interface TileLayerSpec {
	/** Leaflet URL template. */
	url: string;
	subdomains?: string;
	maxZoom: number;
}

/** What a map loads: its layers, bottom first, and their credits. */
export interface TileSpec {
	layers: TileLayerSpec[];
	/** Plain text credits; the map escapes them before Leaflet writes them as HTML. */
	credits: { text: string; href?: string }[];
}

/** The bureau's map settings a provider may need. */
export interface TileSettings {
	tiandituKey?: string | undefined;
	reviewNumber?: string | undefined;
}

/** One row of the table. */
export interface TileProvider {
	label: Bilingual;
	/** Origins the tiles come from, as the Content-Security-Policy writes them (`*` is one subdomain). */
	hosts: readonly string[];
	/** What to load for a language, or undefined when the map shows only its schematic. */
	tiles(settings: TileSettings, locale: Locale): TileSpec | undefined;
}

const tianditu = (layer: string, key: string): TileLayerSpec => ({
	url: `https://t{s}.tianditu.gov.cn/DataServer?T=${layer}&x={x}&y={y}&l={z}&tk=${encodeURIComponent(key)}`,
	subdomains: '01234567',
	maxZoom: 18,
});

/** The providers `map.tiles` may name. */
export const TILE_PROVIDERS = {
	tianditu: {
		label: { 'zh-CN': '天地图（需要密钥）', en: 'Tianditu (needs a key)' },
		hosts: ['https://*.tianditu.gov.cn'],
		tiles: ({ tiandituKey, reviewNumber }, locale) => {
			if (!tiandituKey) return undefined;
			return {
				// Streets, then the labels in the page's language (cva: Chinese, eva: English).
				layers: [tianditu('vec_w', tiandituKey), tianditu(locale === 'en' ? 'eva_w' : 'cva_w', tiandituKey)],
				credits: [
					{ text: locale === 'en' ? 'Tianditu' : '天地图', href: 'https://www.tianditu.gov.cn/' },
					...(reviewNumber ? [{ text: `审图号 ${reviewNumber}` }] : []),
				],
			};
		},
	},
	// No 审图号: not for a map published in China (the site settings refuse it unless map.outsideChina).
	osm: {
		label: { 'zh-CN': 'OpenStreetMap（仅限境外发布的网站）', en: 'OpenStreetMap (sites published outside China only)' },
		hosts: ['https://tile.openstreetmap.org'],
		tiles: () => ({
			layers: [{ url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', maxZoom: 19 }],
			credits: [{ text: '© OpenStreetMap', href: 'https://www.openstreetmap.org/copyright' }],
		}),
	},
	none: {
		label: { 'zh-CN': '不加载底图：显示标准地图或示意图', en: 'No tiles: the standard map, or a schematic' },
		hosts: [],
		tiles: () => undefined,
	},
} satisfies Record<string, TileProvider>;

/** A name `map.tiles` may hold. */
export type TileProviderName = keyof typeof TILE_PROVIDERS;

const TILE_FIX =
	'use tianditu (with tiandituKey and reviewNumber) or none for a site in China; osm only for a site published outside China';
const offset = (name: string, system: string): string =>
	`is not supported: ${name} tiles use ${system} coordinates, so our WGS-84 locations would be drawn up to several hundred metres off`;

/**
 * Providers that draw China in an offset coordinate system. Our coordinates are WGS-84 (what the
 * CMS map widget and GPS give); on these tiles every marker would sit hundreds of metres off.
 */
export const REFUSED_TILE_PROVIDERS: readonly Refusal[] = [
	{ value: 'amap', message: offset('AMap (高德地图)', 'GCJ-02'), fix: TILE_FIX },
	{ value: 'gaode', message: offset('AMap (高德地图)', 'GCJ-02'), fix: TILE_FIX },
	{ value: 'tencent', message: offset('Tencent Maps (腾讯地图)', 'GCJ-02'), fix: TILE_FIX },
	{ value: 'baidu', message: offset('Baidu Maps (百度地图)', 'BD-09'), fix: TILE_FIX },
];

/** The provider the settings name, or undefined for a name the table does not know. */
function providerNamed(tiles: string): TileProvider | undefined {
	return Object.hasOwn(TILE_PROVIDERS, tiles) ? TILE_PROVIDERS[tiles as TileProviderName] : undefined;
}

/** The hosts the Content-Security-Policy allows for the provider `map.tiles` names. */
export function tileHosts(tiles: string): readonly string[] {
	return providerNamed(tiles)?.hosts ?? [];
}

/** What a map loads for a language, or undefined when it shows only its schematic (tiles: none, Tianditu without a key). */
export function tileSpec(map: TileSettings & { tiles: string }, locale: Locale): TileSpec | undefined {
	return providerNamed(map.tiles)?.tiles(map, locale);
}
