import type { EntryCollection } from '../schema/collections.ts';
import { DEFAULT_LOCALE, type Locale } from '../schema/fields.ts';

/**
 * The id of an entry: its folder name, or for collections with an id field (a project's code) that
 * field in lower case. Astro's loader and the content check both call this, so URLs and reference
 * checks agree.
 */
export function entryId(collection: EntryCollection, folder: string, data: Record<string, unknown>): string {
	const own = collection.idField ? data[collection.idField] : undefined;
	return typeof own === 'string' && own ? own.toLowerCase() : folder;
}

/** The Astro collection that holds one language's files of an entry collection. */
export const localeCollection = (name: string, locale: Locale) => (locale === DEFAULT_LOCALE ? name : `${name}_${locale.toLowerCase()}`);
