/**
 * Astro's view of `content/`, derived from the content model in `src/schema/`.
 *
 * Each entry collection becomes two Astro collections: the Chinese originals, which hold every
 * field, and their translations, which hold only translatable text. `src/catalogue/catalogue.ts` merges
 * them. Taxonomies are small YAML files read by `src/catalogue/taxonomies.ts`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { entryCollections, type EntryCollection } from './schema/collections.ts';
import { LOCALES } from './schema/fields.ts';
import { entrySchema } from './schema/zod.ts';
import { entryId, localeCollection } from './content-check/ids.ts';

const CONTENT_DIR = './content';

function entryLoaders(c: EntryCollection) {
	return LOCALES.map((locale) => [
		localeCollection(c.name, locale),
		defineCollection({
			loader: glob({
				base: `${CONTENT_DIR}/${c.folder}`,
				pattern: `*/index.${locale}.md`,
				generateId: ({ entry, data }) => entryId(c, entry.split('/')[0] ?? entry, data),
			}),
			schema: ({ image }) => entrySchema(c, locale, { image }),
		}),
	]);
}

export const collections = Object.fromEntries(Object.values(entryCollections).flatMap((c) => entryLoaders(c as EntryCollection)));
