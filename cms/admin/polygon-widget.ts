/**
 * A park boundary as GeoJSON text. Content stores the polygon as YAML; editors paste the GeoJSON a
 * GIS tool exports. Text that is not JSON is kept as typed and refused on save.
 */
import type { Bilingual, Locale } from '../../src/schema/fields.ts';
import { decap, plain, type WidgetProps } from './decap.ts';

const asText = (value: unknown) => (typeof value === 'string' ? value : value ? JSON.stringify(value) : '');

const NOT_GEOJSON: Bilingual = {
	'zh-CN': '不是有效的 GeoJSON：请粘贴 {"type":"Polygon","coordinates":[[[经度,纬度],…]]}',
	en: 'Not valid GeoJSON: paste {"type":"Polygon","coordinates":[[[longitude,latitude],…]]}',
};

function polygonProblem(value: unknown, ui: Locale = 'zh-CN'): string | undefined {
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	return NOT_GEOJSON[ui];
}

export function registerPolygonWidget(ui: Locale): void {
	const { CMS, h, createClass } = decap();
	const Control = createClass({
		isValid(this: { props: WidgetProps }) {
			const message = polygonProblem(plain(this.props.value), ui);
			return message ? { error: { message } } : true;
		},
		render(this: { props: WidgetProps }) {
			const { forID, classNameWrapper, setActiveStyle, setInactiveStyle, onChange } = this.props;
			return h('textarea', {
				id: forID,
				className: classNameWrapper,
				rows: 4,
				spellCheck: false,
				defaultValue: asText(plain(this.props.value)),
				onFocus: setActiveStyle,
				onBlur: setInactiveStyle,
				onChange: (e: Event) => {
					const text = (e.target as HTMLTextAreaElement).value;
					if (text.trim() === '') return onChange(undefined);
					try {
						onChange(JSON.parse(text));
					} catch {
						onChange(text);
					}
				},
			});
		},
	});
	CMS.registerWidget('polygon', Control);
}
