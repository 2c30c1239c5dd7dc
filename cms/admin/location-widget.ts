/**
 * A location picker for park and project coordinates: type latitude and longitude, or click the map.
 * The map draws the configured tiles when they load, and always the prefecture seats and the box
 * coordinates must lie in, so it stays usable offline, like the public maps. No boundary: the site
 * draws none without a 审图号. Values are WGS-84, the system the site's maps use.
 */
import L from 'leaflet';
import type { Bilingual, LatLng, Locale } from '../../src/schema/fields.ts';
import { creditsHtml } from '../../src/features/maps/map-tiles.ts';
import type { TileSpec } from '../../src/lib/tile-providers.ts';
import { decap, plain, type WidgetProps } from './decap.ts';

export interface LocationSettings {
	ui: Locale;
	tiles: TileSpec | undefined;
	/** Prefecture seats, named in Chinese, to find one's way without tiles. */
	seats: { name: string; lat: number; lng: number }[];
	center: LatLng;
	zoom: number;
	bounds: { south: number; west: number; north: number; east: number };
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

const bi = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, en });
const WORDS = {
	lat: bi('纬度', 'Latitude'),
	lng: bi('经度', 'Longitude'),
	both: bi('请同时填写纬度和经度', 'Fill in both latitude and longitude'),
	map: bi(
		'在地图上点击以选择位置；也可直接填写上方的纬度和经度',
		'Click the map to choose the place, or type the latitude and longitude above'
	),
	schematic: bi(
		'底图无法加载时只显示州（市）政府驻地和本地区的坐标范围（虚线框）。',
		'When the tiles do not load, the map shows only the prefecture seats and the region’s box of coordinates (dashed).'
	),
	noTiles: bi(
		'未配置底图：地图只显示州（市）政府驻地和本地区的坐标范围（虚线框）。',
		'No tile layer is configured: the map shows only the prefecture seats and the region’s box of coordinates (dashed).'
	),
};

/** Returns an error message for a location outside the region, as the content check would. */
function locationProblem(value: Partial<LatLng> | undefined, { bounds, ui }: LocationSettings): string | undefined {
	if (!value || (value.lat === undefined && value.lng === undefined)) return undefined;
	const { lat, lng } = value;
	if (typeof lat !== 'number' || typeof lng !== 'number') return WORDS.both[ui];
	if (lat < bounds.south || lat > bounds.north || lng < bounds.west || lng > bounds.east) {
		return bi(
			`位置不在本地区范围内（纬度 ${bounds.south}–${bounds.north}，经度 ${bounds.west}–${bounds.east}）：请检查经纬度是否填反`,
			`Outside the region (latitude ${bounds.south}–${bounds.north}, longitude ${bounds.west}–${bounds.east}): latitude and longitude may be swapped`
		)[ui];
	}
	return undefined;
}

interface ControlThis {
	props: WidgetProps;
	map?: L.Map;
	marker?: L.CircleMarker;
	mapElement?: HTMLElement | null;
}

export function registerLocationWidget(settings: LocationSettings): void {
	const { CMS, h, createClass } = decap();

	function update(self: ControlThis, axis: keyof LatLng, text: string) {
		const current = plain<Partial<LatLng>>(self.props.value) ?? {};
		const next = { ...current, [axis]: text.trim() === '' ? undefined : Number(text) };
		self.props.onChange(next.lat === undefined && next.lng === undefined ? undefined : next);
	}

	function place(self: ControlThis) {
		const value = plain<Partial<LatLng>>(self.props.value);
		if (!self.map) return;
		if (typeof value?.lat === 'number' && typeof value.lng === 'number') {
			const at = L.latLng(value.lat, value.lng);
			if (self.marker) self.marker.setLatLng(at);
			else self.marker = L.circleMarker(at, { radius: 8, color: '#b3261e', fillOpacity: 0.8, className: 'location-point' }).addTo(self.map);
		} else {
			self.marker?.remove();
			self.marker = undefined;
		}
	}

	const Control = createClass({
		componentDidMount(this: ControlThis) {
			if (!this.mapElement) return;
			const value = plain<Partial<LatLng>>(this.props.value);
			const at: L.LatLngExpression =
				typeof value?.lat === 'number' && typeof value.lng === 'number'
					? [value.lat, value.lng]
					: [settings.center.lat, settings.center.lng];
			// The whole region first: without tiles only the seats and the region's box give the point a context.
			const map = L.map(this.mapElement, { center: at, zoom: settings.zoom, scrollWheelZoom: false });
			const { south, west, north, east } = settings.bounds;
			L.rectangle(
				[
					[south, west],
					[north, east],
				],
				{ color: '#0b5a8a', weight: 1.5, dashArray: '6 4', fill: false, interactive: false, className: 'location-region' }
			).addTo(map);
			for (const seat of settings.seats)
				L.circleMarker(seat, { radius: 3, color: '#4f5a65', fillOpacity: 1, interactive: false, className: 'location-seat-dot' })
					.bindTooltip(seat.name, { permanent: true, direction: 'right', className: 'location-seat' })
					.addTo(map);
			for (const layer of settings.tiles?.layers ?? []) {
				L.tileLayer(layer.url, {
					maxZoom: layer.maxZoom,
					attribution: creditsHtml(settings.tiles?.credits ?? []),
					...(layer.subdomains ? { subdomains: layer.subdomains } : {}),
				})
					// Once tiles draw, a close-up is worth more than the whole region.
					.once('tileload', () => value?.lat !== undefined && map.setView(at, 12))
					.addTo(map);
			}
			map.on('click', (e: L.LeafletMouseEvent) => this.props.onChange({ lat: round(e.latlng.lat), lng: round(e.latlng.lng) }));
			this.map = map;
			place(this);
		},
		componentDidUpdate(this: ControlThis) {
			place(this);
		},
		componentWillUnmount(this: ControlThis) {
			this.map?.remove();
		},
		isValid(this: ControlThis) {
			const message = locationProblem(plain<Partial<LatLng>>(this.props.value), settings);
			return message ? { error: { message } } : true;
		},
		render(this: ControlThis) {
			const { forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
			const value = plain<Partial<LatLng>>(this.props.value) ?? {};
			const input = (axis: keyof LatLng, label: string, id: string) =>
				h(
					'label',
					{ className: 'location-input', htmlFor: id },
					label,
					h('input', {
						id,
						type: 'number',
						step: 'any',
						value: value[axis] ?? '',
						onFocus: setActiveStyle,
						onBlur: setInactiveStyle,
						onChange: (e: Event) => update(this, axis, (e.target as HTMLInputElement).value),
					})
				);
			return h(
				'div',
				{ className: `${classNameWrapper} location-widget` },
				h(
					'div',
					{ className: 'location-inputs' },
					input('lat', WORDS.lat[settings.ui], forID),
					input('lng', WORDS.lng[settings.ui], `${forID}-lng`)
				),
				h('div', {
					className: 'location-map',
					ref: (el: HTMLElement | null) => (this.mapElement = el),
					'aria-label': WORDS.map[settings.ui],
				}),
				h('p', { className: 'location-note' }, (settings.tiles ? WORDS.schematic : WORDS.noTiles)[settings.ui])
			);
		},
	});

	const Preview = createClass({
		render(this: { props: { value: unknown } }) {
			const value = plain<Partial<LatLng>>(this.props.value);
			return h('span', null, value?.lat !== undefined ? `${value.lat}, ${value.lng}` : '');
		},
	});

	CMS.registerWidget('location', Control, Preview);
}
