/**
 * Merges an entry's translation over its original. Language-neutral facts exist only in the
 * original; translatable text comes from the translation where it has it and falls back to the
 * Chinese original where it does not, and the page says so.
 */
import { DEFAULT_LOCALE, type Fields, type Locale, type LocalizedText } from '../schema/fields.ts';

const hasValue = (v: unknown) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

export interface Merged<D> {
	data: D;
	/** Translatable fields (and `body`) shown in the original language. */
	untranslated: string[];
}

/**
 * `bureau` is the bureau's name in both languages: a field that defaults to it (an issuer, a source)
 * and still holds the Chinese name reads as the English name without a translation of its own.
 */
export function mergeTranslation<D extends Record<string, unknown>>(
	fields: Fields,
	original: D,
	translation: Record<string, unknown> | undefined,
	bodies: { original: boolean; translation: boolean },
	bureau?: LocalizedText
): Merged<D> {
	const data: Record<string, unknown> = { ...original };
	const untranslated: string[] = [];
	for (const [name, f] of Object.entries(fields)) {
		if (!f.translatable || !hasValue(original[name])) continue;
		if (translation && hasValue(translation[name])) data[name] = translation[name];
		else if (f.defaultsToBureau && bureau?.en && original[name] === bureau['zh-CN']) data[name] = bureau.en;
		else untranslated.push(name);
	}
	if (bodies.original && !bodies.translation) untranslated.push('body');
	return { data: data as D, untranslated };
}

/**
 * The `lang` of a field shown in the original because the page's language lacks it, so that screen
 * readers switch voice for it (WCAG 3.1.2, language of parts). Undefined, which leaves the attribute
 * out, when the field is in the page's language.
 */
export const langOf = (entry: { untranslated: readonly string[] }, field: string): Locale | undefined =>
	entry.untranslated.includes(field) ? DEFAULT_LOCALE : undefined;

/** The cover's description, or the title where there is none, with the `lang` of the one shown. */
export function coverAlt(entry: { untranslated: readonly string[]; data: { title: string; imageAlts: string[] } }) {
	const [alt] = entry.data.imageAlts;
	return alt ? { alt, lang: langOf(entry, 'imageAlts') } : { alt: entry.data.title, lang: langOf(entry, 'title') };
}

/** Picks one language from a side-by-side text, falling back to Chinese. */
export function pick(text: LocalizedText, locale: Locale): string;
export function pick(text: LocalizedText | undefined, locale: Locale): string | undefined;
export function pick(text: LocalizedText | undefined, locale: Locale): string | undefined {
	if (!text) return undefined;
	return text[locale] || text[DEFAULT_LOCALE];
}

/** The `lang` of text that exists only in the original language, such as a 文号; see `langOf`. */
export const originalLang = (locale: Locale): Locale | undefined => (locale === DEFAULT_LOCALE ? undefined : DEFAULT_LOCALE);

/** The `lang` of what `pick` returns when it falls back to Chinese; see `langOf`. */
export const pickedLang = (text: LocalizedText | undefined, locale: Locale): Locale | undefined =>
	text && !text[locale] ? originalLang(locale) : undefined;
