/**
 * Merges an entry's translation over its original. Language-neutral facts exist only in the
 * original; translatable text comes from the translation where it has it and falls back to the
 * Chinese original where it does not, and the page says so.
 */
import type { Fields, Locale, LocalizedText } from '../schema/fields.ts';

const hasValue = (v: unknown) =>
	v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

export interface Merged<D> {
	data: D;
	/** Translatable fields (and `body`) shown in the original language. */
	untranslated: string[];
}

export function mergeTranslation<D extends Record<string, unknown>>(
	fields: Fields,
	original: D,
	translation: Record<string, unknown> | undefined,
	bodies: { original: boolean; translation: boolean }
): Merged<D> {
	const data: Record<string, unknown> = { ...original };
	const untranslated: string[] = [];
	for (const [name, f] of Object.entries(fields)) {
		if (!f.translatable || !hasValue(original[name])) continue;
		if (translation && hasValue(translation[name])) data[name] = translation[name];
		else untranslated.push(name);
	}
	if (bodies.original && !bodies.translation) untranslated.push('body');
	return { data: data as D, untranslated };
}

/** Picks one language from a side-by-side text, falling back to Chinese. */
export function pick(text: LocalizedText, locale: Locale): string;
export function pick(text: LocalizedText | undefined, locale: Locale): string | undefined;
export function pick(text: LocalizedText | undefined, locale: Locale): string | undefined {
	if (!text) return undefined;
	return locale === 'en' ? text.en || text['zh-CN'] : text['zh-CN'];
}
