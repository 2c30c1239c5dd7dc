/**
 * What a map is told at build time (MapView.astro writes it in `data-map`): its places, and what it
 * draws under them. A map published in China needs its 审图号, so the base is one of three things,
 * decided here: tiles that carry their own (Tianditu), the bureau's standard map with its own, or a
 * schematic that draws no boundary at all, only prefecture seats, and says it is not a standard map.
 * Tiles, where configured, replace the standard map or the schematic when they arrive.
 */
import type { Message } from '../../i18n/plural.ts';
import type { Translate } from '../../i18n/translate.ts';
import { tileSpec, type TileSpec } from '../../lib/tile-providers.ts';
import type { Locale } from '../../schema/fields.ts';
import type { SiteSettings } from '../../schema/site.ts';
import type { Bounds } from './geo.ts';
import type { MapItem, Seat } from './map-items.ts';

/** The bureau's standard map (标准地图) as the browser places it: an image over its bounds, with its 审图号. */
export interface StandardMapLayer {
	url: string;
	bounds: Bounds;
	/** The 审图号 as the map prints it over the image. */
	credit: string;
	alt: string;
}

/** What MapView.astro writes in `data-map`, every text already formatted in the page's language. */
export interface MapConfig {
	items: MapItem[];
	seats: Seat[];
	tiles?: TileSpec;
	standardMap?: StandardMapLayer;
	region: Bounds;
	overview: boolean;
	strings: Record<'zoomIn' | 'zoomOut' | 'close' | 'schematic', string> & { cluster: Message };
}

export interface MapConfigInput {
	items: MapItem[];
	seats: Seat[];
	overview: boolean;
	map: SiteSettings['map'];
	locale: Locale;
	t: Translate;
	/** Where the build put the standard map's image, when the settings name one. */
	standardMapUrl?: string | undefined;
}

export function mapConfig({ items, seats, overview, map, locale, t, standardMapUrl }: MapConfigInput): MapConfig {
	const tiles = tileSpec(map, locale);
	const standard = map.standardMap;
	if (standard && !standardMapUrl) throw new Error(`map.standardMap: no URL for ${standard.image}`);
	return {
		items,
		seats,
		...(tiles ? { tiles } : {}),
		...(standard && standardMapUrl
			? {
					standardMap: {
						url: standardMapUrl,
						bounds: standard.bounds,
						credit: t('map.reviewNumber', { n: standard.reviewNumber }),
						alt: t('map.standardMap', { n: standard.reviewNumber }),
					},
				}
			: {}),
		region: map.bounds,
		overview,
		strings: {
			zoomIn: t('map.zoomIn'),
			zoomOut: t('map.zoomOut'),
			close: t('map.close'),
			schematic: t('map.schematic'),
			cluster: t.message('map.cluster'),
		},
	};
}
