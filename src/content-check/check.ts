/**
 * The content check: every rule a build enforces on `content/`, in one pass, with one message per
 * problem naming the file, the field and the fix. It runs before `astro build` writes anything
 * (see `src/integrations/content-check.ts`), in `npm run check:content`, and in unit tests.
 */
import { existsSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import {
	brokenRules,
	dataCollections,
	entryCollections,
	type DataCollection,
	type EntryCollection,
} from '../schema/collections.ts';
import { DEFAULT_LOCALE, LOCALES, MEDIA_FOLDER, field, fieldAt, walkValues, type Fields, type Locale } from '../schema/fields.ts';
import { SLUG } from '../schema/formats.ts';
import { siteSettings, type SiteSettings } from '../schema/site.ts';
import { dataFileSchema, entrySchema, objectSchema, type SchemaContext } from '../schema/zod.ts';
import { RESERVED_IDS } from '../lib/routes.ts';
import { entryId } from './ids.ts';
import { readEntryFolders, readYamlFile, YamlError, type RawEntry } from './read.ts';

export interface Problem {
	file: string;
	line?: number | undefined;
	/** Dotted path of the field, e.g. `contacts[0].phone`. */
	field?: string | undefined;
	label?: string | undefined;
	message: string;
}

export interface CheckResult {
	problems: Problem[];
	/** Entries found per collection, for the summary line. */
	counts: Record<string, number>;
}

type Path = readonly PropertyKey[];

const pathText = (path: Path) =>
	path.reduce<string>((s, seg) => (typeof seg === 'number' ? `${s}[${seg}]` : s ? `${s}.${String(seg)}` : String(seg)), '');

function zodProblems(file: string, fields: Fields, error: z.ZodError, neutral?: Fields): Problem[] {
	return error.issues.flatMap((issue): Problem[] => {
		if (issue.code === 'unrecognized_keys' && neutral) {
			// A fact typed into a translation would drift from the original; say where it belongs.
			const facts = issue.keys.filter((k) => k in neutral);
			const others = issue.keys.filter((k) => !(k in neutral));
			return [
				...facts.map((k) => ({
					file,
					field: pathText([...issue.path, k]),
					label: neutral[k]?.label['zh-CN'],
					message: `is a language-neutral fact, stored once in index.${DEFAULT_LOCALE}.md — fix: remove it from this translation`,
				})),
				...(others.length ? [{ file, field: pathText(issue.path), message: issue.message }] : []),
			];
		}
		return [{ file, field: pathText(issue.path) || undefined, label: fieldAt(fields, issue.path)?.label['zh-CN'], message: issue.message }];
	});
}

function inBounds(p: { lat: number; lng: number }, b: SiteSettings['map']['bounds']) {
	return p.lat >= b.south && p.lat <= b.north && p.lng >= b.west && p.lng <= b.east;
}

/**
 * Standalone stand-in for Astro's `image()`: a path to an image file. Whether it exists next to the
 * entry is checked with the other files, so one schema serves every entry.
 */
const IMAGES: SchemaContext = {
	image: () =>
		z
			.string({ error: '— fix: give the file name of an image stored next to the entry' })
			.refine((v) => /\.(jpe?g|png|webp|avif|gif|svg|tiff?)$/i.test(v), {
				error: (i) => `“${String(i.input)}” is not an image file — fix: use a JPEG, PNG, WebP, AVIF or SVG file`,
			}),
};

/** Schemas compile once per collection and language: building them per entry would dominate large sites. */
const entrySchemas = new Map<string, ReturnType<typeof entrySchema>>();
function schemaOf(collection: EntryCollection, locale: Locale) {
	const key = `${collection.name}/${locale}`;
	let schema = entrySchemas.get(key);
	if (!schema) entrySchemas.set(key, (schema = entrySchema(collection, locale, IMAGES)));
	return schema;
}

interface LoadedEntry {
	collection: EntryCollection;
	id: string;
	folder: string;
	dir: string;
	file: string;
	data: Record<string, unknown>;
}

export function checkContent(root: string): CheckResult {
	const contentDir = join(root, 'content');
	const problems: Problem[] = [];
	const counts: Record<string, number> = {};
	const ids = new Map<string, Set<string>>();
	const rel = (p: string) => relative(root, p);

	const readYaml = (file: string) => {
		try {
			return readYamlFile(file, root).data;
		} catch (error) {
			if (!(error instanceof YamlError)) throw error;
			const { path, line, reason } = error.problem;
			problems.push({ file: path, line, message: `is not valid YAML: ${reason} — fix: correct the syntax${line ? ` on line ${line}` : ''}` });
			return undefined;
		}
	};

	/* Site settings */
	let site: SiteSettings | undefined;
	const siteFile = join(contentDir, siteSettings.file);
	if (!existsSync(siteFile)) {
		problems.push({ file: rel(siteFile), message: 'is missing — fix: copy content/site.yaml from the project template' });
	} else {
		const raw = readYaml(siteFile);
		if (raw !== undefined) {
			const parsed = objectSchema(siteSettings.fields, IMAGES).safeParse(raw);
			if (parsed.success) site = parsed.data as SiteSettings;
			else problems.push(...zodProblems(rel(siteFile), siteSettings.fields, parsed.error));
			for (const rule of parsed.success ? brokenRules(siteSettings.rules, parsed.data as Record<string, unknown>) : [])
				problems.push({
					file: rel(siteFile),
					field: rule.field,
					label: fieldAt(siteSettings.fields, rule.field.split('.'))?.label['zh-CN'],
					message: `${rule.message.en} — fix: ${rule.fix.en}`,
				});
		}
	}

	const checkLocation = (file: string, field: string, label: string, p: { lat: number; lng: number }) => {
		if (site && !inBounds(p, site.map.bounds)) {
			const b = site.map.bounds;
			problems.push({
				file,
				field,
				label,
				message: `lat ${p.lat}, lng ${p.lng} lies outside the region (${b.south}–${b.north}°N, ${b.west}–${b.east}°E) — fix: check the coordinates; latitude and longitude may be swapped`,
			});
		}
	};
	const checkGeometry = (file: string, fields: Fields, data: Record<string, unknown>) =>
		walkValues(fields, data, (f, value, path) => {
			const label = f.label['zh-CN'];
			if (f.kind === 'location') checkLocation(file, pathText(path), label, value as { lat: number; lng: number });
			if (f.kind === 'polygon') {
				const ring = (value as { coordinates: [number, number][][] }).coordinates[0] ?? [];
				const outside = ring.find(([lng, lat]) => site && !inBounds({ lat, lng }, site.map.bounds));
				if (outside) checkLocation(file, pathText(path), label, { lat: outside[1], lng: outside[0] });
			}
		});

	/* Data collections (taxonomies) */
	const dataItems = new Map<string, { file: string; items: Record<string, unknown>[] }>();
	for (const collection of Object.values(dataCollections) as DataCollection[]) {
		const file = join(contentDir, collection.file);
		const set = new Set<string>();
		ids.set(collection.name, set);
		if (!existsSync(file)) {
			problems.push({ file: rel(file), message: `is missing — fix: create it with a “${collection.key}:” list` });
			continue;
		}
		const raw = readYaml(file);
		if (raw === undefined) continue;
		const parsed = dataFileSchema(collection, IMAGES).safeParse(raw);
		if (!parsed.success) {
			// Keep the ids that are there, so one bad item does not make every reference to the file fail too.
			const rawItems = (raw as Record<string, unknown> | null)?.[collection.key];
			if (Array.isArray(rawItems)) for (const item of rawItems) if (typeof item?.id === 'string') set.add(item.id);
			const fileFields = { [collection.key]: field.list({ label: collection.label, of: field.object({ label: collection.label, fields: collection.item }) }) };
			problems.push(...zodProblems(rel(file), fileFields, parsed.error));
			continue;
		}
		const items = (parsed.data as Record<string, Record<string, unknown>[]>)[collection.key] ?? [];
		items.forEach((item, i) => {
			const itemId = String(item.id);
			if (set.has(itemId))
				problems.push({ file: rel(file), field: `${collection.key}[${i}].id`, label: '标识', message: `“${itemId}” is used twice — fix: give each item its own id` });
			set.add(itemId);
			checkGeometry(rel(file), collection.item, item);
		});
		if (collection.name === 'expos')
			items.forEach((item, i) => {
				if (String(item.end) < String(item.start))
					problems.push({ file: rel(file), field: `${collection.key}[${i}].end`, label: '闭幕日期', message: 'is before the opening date — fix: set “end” on or after “start”' });
			});
		dataItems.set(collection.name, { file: rel(file), items });
		counts[collection.name] = items.length;
	}

	/* Entry collections */
	const loaded: LoadedEntry[] = [];
	for (const collection of Object.values(entryCollections) as EntryCollection[]) {
		const dir = join(contentDir, collection.folder);
		const { entries, yamlProblems, loose } = readEntryFolders(dir, root);
		for (const p of yamlProblems)
			problems.push({ file: p.path, line: p.line, message: `is not valid YAML: ${p.reason} — fix: correct the front matter${p.line ? ` on line ${p.line}` : ''}` });
		for (const file of loose)
			problems.push({ file, message: `is not inside an entry folder — fix: move it to ${collection.folder}/<id>/index.${DEFAULT_LOCALE}.md` });
		const set = new Set<string>();
		const origin = new Map<string, string>();
		ids.set(collection.name, set);
		counts[collection.name] = 0;
		for (const entry of entries) {
			loaded.push(...checkEntry(collection, entry, set, origin));
		}
	}

	function checkEntry(collection: EntryCollection, entry: RawEntry, set: Set<string>, origin: Map<string, string>): LoadedEntry[] {
		const folderPath = rel(entry.dir);
		for (const stray of entry.strays)
			problems.push({ file: stray, message: `is not read — fix: name the files index.${LOCALES.join('.md and index.')}.md` });
		if (RESERVED_IDS[collection.name]?.includes(entry.folder))
			problems.push({ file: folderPath, message: `folder name “${entry.folder}” is taken by the page /${collection.folder}/${entry.folder}/ — fix: rename the folder` });
		if (!SLUG.regex.test(entry.folder))
			problems.push({ file: folderPath, message: `folder name “${entry.folder}” is not a valid id — fix: rename the folder using ${SLUG.description.en}, e.g. ${SLUG.example}` });
		const original = entry.files[DEFAULT_LOCALE];
		if (!original) {
			if (!entry.broken.includes(DEFAULT_LOCALE))
				problems.push({ file: folderPath, message: `has no index.${DEFAULT_LOCALE}.md — fix: add the Chinese original; translations cannot stand alone` });
			return [];
		}
		const parsed = schemaOf(collection, DEFAULT_LOCALE).safeParse(original.data);
		for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE) as Locale[]) {
			const translation = entry.files[locale];
			// Every entry has a file per language, empty until translated, so a lost file is noticed.
			if (!translation && !entry.broken.includes(locale))
				problems.push({
					file: folderPath,
					message: `has no index.${locale}.md — fix: restore it from the repository’s history (git log -- ${folderPath}), or, if the entry is not translated yet, add index.${locale}.md holding an empty front matter (two lines of ---)`,
				});
			if (!translation) continue;
			const result = schemaOf(collection, locale).safeParse(translation.data);
			if (!result.success) problems.push(...zodProblems(translation.path, collection.fields, result.error, collection.fields));
		}
		if (!parsed.success) {
			problems.push(...zodProblems(original.path, collection.fields, parsed.error));
			// Keep its id known, so references to this entry do not fail as well.
			set.add(entryId(collection, entry.folder, original.data));
			return [];
		}
		const data = parsed.data as Record<string, unknown>;
		const id = entryId(collection, entry.folder, data);
		counts[collection.name] = (counts[collection.name] ?? 0) + 1;
		if (set.has(id)) {
			const what = collection.idField ? `${collection.idField} “${data[collection.idField]}”` : `id “${id}”`;
			problems.push({
				file: original.path,
				field: collection.idField,
				label: collection.idField ? collection.fields[collection.idField]?.label['zh-CN'] : undefined,
				message: `${what} is already used by ${origin.get(id)} — fix: give this entry its own ${collection.idField ?? 'folder name'}`,
			});
			return [];
		}
		set.add(id);
		origin.set(id, original.path);
		checkGeometry(original.path, collection.fields, data);
		const images = (data.images as unknown[] | undefined)?.length ?? 0;
		for (const locale of LOCALES) {
			const alts = (entry.files[locale]?.data.imageAlts as unknown[] | undefined)?.length ?? 0;
			if (alts > images)
				problems.push({ file: entry.files[locale]!.path, field: 'imageAlts', label: '图片说明', message: `has ${alts} descriptions for ${images} images — fix: give one description per image, in order` });
		}
		walkValues(collection.fields, data, (f, value, path) => {
			if (f.kind !== 'file' && f.kind !== 'image') return;
			const what = `${f.kind === 'image' ? 'image' : 'file'} “${value}”`;
			const name = String(value).replace(/^\.\//, '');
			const inMediaFolder = name.startsWith(`${MEDIA_FOLDER}/`) && !name.slice(MEDIA_FOLDER.length + 1).includes('/');
			const at = { file: original.path, field: pathText(path), label: f.label['zh-CN'] };
			if (!inMediaFolder)
				problems.push({
					...at,
					message: `${what} is not in the entry’s ${MEDIA_FOLDER}/ folder — fix: move it to ${folderPath}/${MEDIA_FOLDER}/ and write ${MEDIA_FOLDER}/${basename(name)}`,
				});
			else if (!existsSync(resolve(entry.dir, name)))
				problems.push({ ...at, message: `${what} does not exist — fix: add it to ${folderPath}/${MEDIA_FOLDER}/ or correct the name` });
		});
		return [{ collection, id, folder: entry.folder, dir: entry.dir, file: original.path, data }];
	}

	/* References between entries */
	const describe = (to: string) => {
		const known = [...(ids.get(to) ?? [])];
		const sample = known.slice(0, 8).join(', ');
		return known.length ? `use an existing id from ${to} (${sample}${known.length > 8 ? ', …' : ''})` : `add the ${to} entry first`;
	};
	const checkRefs = (file: string, fields: Fields, data: Record<string, unknown>) =>
		walkValues(fields, data, (f, value, path) => {
			if (f.kind !== 'ref') return;
			const targets = ids.get(f.to);
			for (const [i, target] of (Array.isArray(value) ? value : [value]).entries()) {
				if (targets?.has(String(target))) continue;
				problems.push({
					file,
					field: pathText(Array.isArray(value) ? [...path, i] : path),
					label: f.label['zh-CN'],
					message: `refers to “${target}”, which is not in ${f.to} — fix: ${describe(f.to)}`,
				});
			}
		});
	for (const e of loaded) checkRefs(e.file, e.collection.fields, e.data);
	for (const [name, { file, items }] of dataItems) {
		const c = dataCollections[name as keyof typeof dataCollections] as DataCollection;
		items.forEach((item) => checkRefs(file, c.item, item));
	}

	/* Policy supersession must end somewhere */
	const policies = new Map(loaded.filter((e) => e.collection.name === 'policies').map((e) => [e.id, e]));
	for (const p of policies.values()) {
		const seen = new Set([p.id]);
		let next = p.data.supersededBy as string | undefined;
		while (next && policies.has(next)) {
			if (seen.has(next)) {
				problems.push({
					file: p.file,
					field: 'supersededBy',
					label: '被以下文件修订或替代',
					message: next === p.id ? 'names the policy itself — fix: choose the newer policy, or leave it empty' : `forms a loop (${[...seen, next].join(' → ')}) — fix: only the older policy names the newer one`,
				});
				break;
			}
			seen.add(next);
			next = policies.get(next)?.data.supersededBy as string | undefined;
		}
	}

	return { problems, counts };
}

export function formatProblem(p: Problem): string {
	const where = p.line ? `${p.file}:${p.line}` : p.file;
	const field = p.field ? ` › ${p.field}${p.label ? ` (${p.label})` : ''}` : '';
	return `${where}${field}: ${p.message}`;
}

export function formatProblems(problems: Problem[]): string {
	const n = problems.length;
	return [`Content check failed with ${n} problem${n === 1 ? '' : 's'}; nothing was built.`, ...problems.map((p) => `  ${formatProblem(p)}`)].join('\n');
}
