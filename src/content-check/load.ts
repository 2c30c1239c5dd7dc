/**
 * Reads all of content/ once, the way Astro's loaders will, and parses each file with its schema,
 * so that every rule of the check (rules/) looks at the same content without reading it again.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { dataCollections, entryCollections, type DataCollection, type EntryCollection } from '../schema/collections.ts';
import { DEFAULT_LOCALE, type Locale } from '../schema/fields.ts';
import { siteSettings, type SiteSettings } from '../schema/site.ts';
import { dataFileSchema, entrySchema, objectSchema, type SchemaContext } from '../schema/zod.ts';
import { entryId } from './ids.ts';
import type { Problem } from './problem.ts';
import { readEntryFolders, readYamlFile, YamlError, type RawEntry, type SourceFile } from './read.ts';

type Data = Record<string, unknown>;

/**
 * Standalone stand-in for Astro's `image()`: a path to an image file. Whether the file exists is
 * a rule of its own (rules/media.ts), so one schema serves every entry.
 */
const IMAGES: SchemaContext = {
	image: () =>
		z
			.string({ error: '— fix: give the file name of an image stored in the entry’s files/ folder' })
			.refine((v) => /\.(jpe?g|png|webp|avif|gif|svg|tiff?)$/i.test(v), {
				error: (i) => `“${String(i.input)}” is not an image file — fix: use a JPEG, PNG, WebP, AVIF or SVG file`,
			}),
};

/** A YAML file of settings or terms: what it holds and whether it matches its schema. */
export interface YamlFile<C> {
	collection: C;
	file: string;
	exists: boolean;
	raw?: unknown;
	error?: z.ZodError | undefined;
}

export interface DataFile extends YamlFile<DataCollection> {
	/** The items, when the file matches its schema. */
	items?: Data[];
	/** The ids it holds, valid or not, so references to a file with one bad item do not all fail too. */
	ids: string[];
}

export interface Entry {
	collection: EntryCollection;
	folder: string;
	/** The entry's folder, relative to the project. */
	path: string;
	dir: string;
	raw: RawEntry;
	original?: SourceFile | undefined;
	id?: string | undefined;
	/** The original's data, when it matches its schema. */
	data?: Data | undefined;
	error?: z.ZodError | undefined;
	/** Translations that do not match their schema. */
	translationErrors: { file: SourceFile; error: z.ZodError }[];
	/** The file of an earlier entry with the same id. */
	duplicateOf?: string | undefined;
}

export interface Content {
	root: string;
	site: YamlFile<typeof siteSettings> & { data?: SiteSettings };
	data: DataFile[];
	entries: Entry[];
	/** Markdown files outside any entry folder. */
	loose: { collection: EntryCollection; file: string }[];
	/** Files that could not be read as YAML. */
	unreadable: Problem[];
}

/** Schemas compile once per collection and language: building them per entry would dominate large sites. */
const schemas = new Map<string, ReturnType<typeof entrySchema>>();
function schemaOf(collection: EntryCollection, locale: Locale) {
	const key = `${collection.name}/${locale}`;
	let schema = schemas.get(key);
	if (!schema) schemas.set(key, (schema = entrySchema(collection, locale, IMAGES)));
	return schema;
}

/** Entries that passed every check of their own: the ones other rules compare and follow. */
export const validEntries = (content: Content) =>
	content.entries.filter((e): e is Entry & { data: Data; id: string; original: SourceFile } => Boolean(e.data && !e.duplicateOf));

export function loadContent(root: string): Content {
	const contentDir = join(root, 'content');
	const rel = (p: string) => relative(root, p);
	const unreadable: Problem[] = [];
	const readYaml = (file: string) => {
		try {
			return readYamlFile(file, root).data;
		} catch (error) {
			if (!(error instanceof YamlError)) throw error;
			const { path, line, reason } = error.problem;
			unreadable.push({
				file: path,
				line,
				message: `is not valid YAML: ${reason} — fix: correct the syntax${line ? ` on line ${line}` : ''}`,
			});
			return undefined;
		}
	};

	const siteFile = join(contentDir, siteSettings.file);
	const site: Content['site'] = { collection: siteSettings, file: rel(siteFile), exists: existsSync(siteFile) };
	if (site.exists) {
		site.raw = readYaml(siteFile);
		if (site.raw !== undefined) {
			const parsed = objectSchema(siteSettings.fields, IMAGES).safeParse(site.raw);
			if (parsed.success) site.data = parsed.data as SiteSettings;
			else site.error = parsed.error;
		}
	}

	const data = (Object.values(dataCollections) as DataCollection[]).map((collection): DataFile => {
		const path = join(contentDir, collection.file);
		const file: DataFile = { collection, file: rel(path), exists: existsSync(path), ids: [] };
		if (!file.exists) return file;
		file.raw = readYaml(path);
		if (file.raw === undefined) return file;
		const parsed = dataFileSchema(collection, IMAGES).safeParse(file.raw);
		const rawItems = (file.raw as Data | null)?.[collection.key];
		file.ids = Array.isArray(rawItems)
			? rawItems.map((item) => (item as Data | null)?.id).filter((id): id is string => typeof id === 'string')
			: [];
		if (parsed.success) file.items = (parsed.data as Record<string, Data[]>)[collection.key] ?? [];
		else file.error = parsed.error;
		return file;
	});

	const loose: Content['loose'] = [];
	const entries: Entry[] = [];
	for (const collection of Object.values(entryCollections) as EntryCollection[]) {
		const read = readEntryFolders(join(contentDir, collection.folder), root);
		for (const p of read.yamlProblems)
			unreadable.push({
				file: p.path,
				line: p.line,
				message: `is not valid YAML: ${p.reason} — fix: correct the front matter${p.line ? ` on line ${p.line}` : ''}`,
			});
		loose.push(...read.loose.map((file) => ({ collection, file })));
		const seen = new Map<string, string>();
		for (const raw of read.entries) {
			const original = raw.files[DEFAULT_LOCALE];
			const entry: Entry = { collection, folder: raw.folder, path: rel(raw.dir), dir: raw.dir, raw, original, translationErrors: [] };
			entries.push(entry);
			if (!original) continue;
			entry.id = entryId(collection, raw.folder, original.data);
			for (const [locale, file] of Object.entries(raw.files) as [Locale, SourceFile][]) {
				if (locale === DEFAULT_LOCALE) continue;
				const result = schemaOf(collection, locale).safeParse(file.data);
				if (!result.success) entry.translationErrors.push({ file, error: result.error });
			}
			const parsed = schemaOf(collection, DEFAULT_LOCALE).safeParse(original.data);
			if (!parsed.success) {
				entry.error = parsed.error;
				continue;
			}
			entry.data = parsed.data as Data;
			entry.id = entryId(collection, raw.folder, entry.data);
			entry.duplicateOf = seen.get(entry.id);
			if (!entry.duplicateOf) seen.set(entry.id, original.path);
		}
	}
	return { root, site, data, entries, loose, unreadable };
}
