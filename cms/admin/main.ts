/**
 * The CMS at /admin/: Decap's prebuilt bundle, started by hand with the configuration derived from
 * src/schema (cms/config.ts), plus our widgets, previews, file formats, media guards and a save
 * check that runs the build's validation. This file loads before decap-cms.js, which reads
 * CMS_MANUAL_INIT.
 */
import { entryCollections, type EntryCollection } from '../../src/schema/collections.ts';
import { DEFAULT_LOCALE, type Locale } from '../../src/schema/fields.ts';
import { INDEX_NUMBER } from '../../src/schema/formats.ts';
import { dateTimeInSiteZone } from '../../src/lib/dates.ts';
import { FORMATS, type CmsConfig } from '../config.ts';
import type { Taxonomies } from '../fields.ts';
import { nextIndexNumber } from '../index-number.ts';
import { entryProblems, problemText } from '../validate.ts';
import { decap, type ImmutableLike } from './decap.ts';
import { editedMedia, mediaFileNames, registerFieldChecks, translationsOf } from './field-checks.ts';
import { nameLanguages, registerUiPhrases } from './locale.ts';
import { registerLocationWidget, type LocationSettings } from './location-widget.ts';
import { guardMedia } from './media.ts';
import { reloadOnEntrySwitch } from './navigation.ts';
import { registerPolygonWidget } from './polygon-widget.ts';
import { registerPreview, type EntryIndex } from './previews.ts';
import { showInspection } from './inspection.ts';
import { explainPublishing } from './publishing.ts';
import { registerReadonlyWidget } from './readonly-widget.ts';
import { createYamlFormats } from './yaml-format.ts';

export interface CmsSettings {
	configs: Record<Locale, CmsConfig>;
	location: Omit<LocationSettings, 'ui'>;
	previewStyle: string;
	taxonomies: Taxonomies;
	/** The bureau's Chinese name, which new entries' issuer and source start with. */
	bureau: string;
	/** The bureau's unified social credit code, which starts the 索引号 it assigns. */
	unitCode: string;
	/** Every 索引号 in content/ when the CMS was built, so a new one continues the year's series. */
	indexNumbers: string[];
	/** The entries other entries refer to, for previews. */
	entries: EntryIndex;
	siteUrl: string;
	publishMinutes: number;
}

declare const __CMS_SETTINGS__: CmsSettings;

decap().CMS_MANUAL_INIT = true;

interface ImmutableMap extends ImmutableLike {
	set(key: string, value: unknown): ImmutableMap;
}

/** The editor's language: Chinese, or English after opening /admin/?lang=en once. */
function uiLocale(): Locale {
	const asked = new URLSearchParams(location.search).get('lang');
	if (asked === 'en' || asked === DEFAULT_LOCALE) localStorage.setItem('cms-ui', asked);
	return localStorage.getItem('cms-ui') === 'en' ? 'en' : DEFAULT_LOCALE;
}

/** Now in Beijing time, as the schema writes a date and time. */
const beijingNow = (): string => dateTimeInSiteZone(new Date());

/** What the CMS fills in itself before a save: the update time and a missing 索引号. */
function completed(
	collection: EntryCollection,
	entry: ImmutableLike,
	data: ImmutableMap,
	settings: CmsSettings,
	taken: Set<string>
): ImmutableMap {
	let result = data;
	const now = beijingNow();
	for (const [name, f] of Object.entries(collection.fields)) {
		// Only a published entry is updated: not a new one, nor the draft of one, nor one scheduled for later.
		const published = !entry.get('newRecord') && entry.get('isModification') !== false && String(data.get('published') ?? '') <= now;
		if (f.kind === 'datetime' && f.stampedOnSave && published) result = result.set(name, now);
		if (f.kind === 'string' && f.pattern === INDEX_NUMBER && !data.get(name)) {
			const year = String(data.get('published') ?? now).slice(0, 4);
			const number = nextIndexNumber(settings.unitCode, year, taken);
			taken.add(number);
			result = result.set(name, number);
		}
	}
	return result;
}

window.addEventListener('DOMContentLoaded', () => {
	const { CMS } = decap();
	const settings = __CMS_SETTINGS__;
	const ui = uiLocale();
	const config = settings.configs[ui];
	const taken = new Set(settings.indexNumbers);
	registerUiPhrases(CMS);
	nameLanguages(ui);
	const formats = createYamlFormats();
	CMS.registerCustomFormat(FORMATS.frontMatter, 'md', formats.frontMatter);
	CMS.registerCustomFormat(FORMATS.yamlFile, 'yml', formats.yamlFile);
	registerLocationWidget({ ...settings.location, ui });
	registerPolygonWidget(ui);
	registerReadonlyWidget(ui);
	registerFieldChecks(ui, settings.bureau);
	CMS.registerPreviewStyle(settings.previewStyle);
	for (const collection of Object.values(entryCollections))
		registerPreview(collection, { taxonomies: settings.taxonomies, entries: settings.entries, ui });
	guardMedia(ui, String(config.locale), editedMedia);
	explainPublishing(ui, String(config.site_url), settings.publishMinutes);
	void showInspection(ui, String(config.site_url));
	reloadOnEntrySwitch();
	CMS.registerEventListener({
		name: 'preSave',
		handler: ({ entry }) => {
			const collection = Object.values(entryCollections).find((c) => c.name === entry.get('collection'));
			if (!collection) return undefined;
			const data = completed(collection, entry, entry.get('data') as ImmutableMap, settings, taken);
			const translations = { ...translationsOf(entry), [DEFAULT_LOCALE]: data.toJS() as Record<string, unknown> };
			const problems = entryProblems(collection, translations, mediaFileNames(entry));
			if (problems.length) {
				// Decap shows what a listener throws in its notice; the fields show the same problems.
				const message = `${ui === 'en' ? 'Not saved: ' : '未保存：'}${problems.map((p) => problemText(p, ui)).join(ui === 'en' ? '; ' : '；')}`;
				throw Object.assign(new Error(message), { toString: () => message });
			}
			return data === entry.get('data') ? undefined : data;
		},
	});
	CMS.init({ config });
});
