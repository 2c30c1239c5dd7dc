/**
 * The CMS at /admin/: Decap's prebuilt bundle, started by hand with the configuration derived from
 * src/schema (cms/config.ts), plus our location widget, preview templates and a save check that
 * runs the build's validation. This file loads before decap-cms.js, which reads CMS_MANUAL_INIT.
 */
import { entryCollections, type EntryCollection } from '../../src/schema/collections.ts';
import { LOCALES, type Locale } from '../../src/schema/fields.ts';
import type { CmsConfig, Taxonomies } from '../config.ts';
import { entryProblems } from '../validate.ts';
import { decap, plain, type ImmutableLike } from './decap.ts';
import { registerLocationWidget, type LocationSettings } from './location-widget.ts';
import { registerPolygonWidget } from './polygon-widget.ts';
import { registerPreview } from './previews.ts';

declare const __CMS_SETTINGS__: { config: CmsConfig; location: LocationSettings; previewStyle: string; taxonomies: Taxonomies };

decap().CMS_MANUAL_INIT = true;

interface ImmutableMap extends ImmutableLike {
	update(key: string, updater: (value: unknown) => unknown): ImmutableMap;
}

/**
 * Relation widgets store Decap's slug of the chosen entry, which for our folder-per-entry layout is
 * `<id>/index`; references hold the id, the folder's name.
 */
function withEntryIds(collection: EntryCollection, data: ImmutableMap): ImmutableMap {
	const id = (value: unknown) => (typeof value === 'string' ? value.replace(/\/index$/, '') : value);
	return Object.entries(collection.fields)
		.filter(([name, f]) => f.kind === 'ref' && data.get(name) !== undefined)
		.reduce(
			(d, [name]) => d.update(name, (v) => (v && typeof v === 'object' && 'map' in v ? (v as { map(f: (x: unknown) => unknown): unknown }).map(id) : id(v))),
			data
		);
}

function translationsOf(entry: ImmutableLike): Partial<Record<Locale, Record<string, unknown>>> {
	const translations: Partial<Record<Locale, Record<string, unknown>>> = { 'zh-CN': plain(entry.get('data')) ?? {} };
	for (const locale of LOCALES.slice(1)) {
		const data = plain<Record<string, unknown>>(entry.getIn(['i18n', locale, 'data']));
		if (data) translations[locale] = data;
	}
	return translations;
}

window.addEventListener('DOMContentLoaded', () => {
	const { CMS } = decap();
	const { config, location, previewStyle, taxonomies } = __CMS_SETTINGS__;
	registerLocationWidget(location);
	registerPolygonWidget();
	CMS.registerPreviewStyle(previewStyle);
	for (const collection of Object.values(entryCollections)) registerPreview(collection, taxonomies);
	CMS.registerEventListener({
		name: 'preSave',
		handler: ({ entry }) => {
			const collection = Object.values(entryCollections).find((c) => c.name === entry.get('collection'));
			if (!collection) return undefined;
			const data = withEntryIds(collection, entry.get('data') as ImmutableMap);
			const problems = entryProblems(collection, { ...translationsOf(entry), 'zh-CN': data.toJS() as Record<string, unknown> });
			// Throwing stops the save; Decap shows the message in its error notice.
			if (problems.length) throw new Error(`未保存，请先修改：${problems.join('；')}`);
			return data === entry.get('data') ? undefined : data;
		},
	});
	CMS.init({ config });
});
