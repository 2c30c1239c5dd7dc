/**
 * Derives Zod schemas from the field declarations. Used by Astro's content collections and by the
 * standalone content check, so both accept and reject exactly the same content.
 *
 * Messages read "<problem> — fix: <what to do>"; the content check prefixes file and field.
 */
import { z } from 'astro/zod';
import { brokenRules, type EntryCollection, type DataCollection } from './collections.ts';
import { type Field, type Fields, type Locale, type SimpleField, type StringField, DEFAULT_LOCALE } from './fields.ts';
import { EMAIL, PHONE } from './formats.ts';
import { normalizeDate } from '../lib/dates.ts';

export interface SchemaContext {
	/** Astro's `image()` in a content collection; a relative-path check in the content check. */
	image: () => z.ZodType;
}

const fix = (problem: string, how: string) => `${problem} — fix: ${how}`;
const show = (v: unknown) => (typeof v === 'string' ? `“${v}”` : JSON.stringify(v));
/** Nothing written: also an object whose fields are all empty, as editors leave an optional group. */
const isEmpty = (v: unknown): boolean =>
	v === undefined ||
	v === null ||
	(typeof v === 'string' && v.trim() === '') ||
	(typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) && Object.values(v).every(isEmpty));

function required(label: string) {
	return (issue: { input?: unknown }) => (issue.input === undefined ? fix('is required', `fill in ${label}`) : undefined);
}

/**
 * An apostrophe typed inside a word becomes the typographic one (Pu'er → Pu’er), as Markdown bodies
 * already get from smart punctuation, so titles and names match the text around them.
 */
export const typographicApostrophes = (text: string) => text.replace(/(?<=\p{L})'(?=\p{L})/gu, '’');

function stringSchema(f: StringField | SimpleField) {
	const label = `“${f.label['zh-CN']}”`;
	// YAML reads unquoted digits (a phone number, a site code) as numbers; they are still text.
	let s: z.ZodType<string> = z.preprocess(
		(v) => (typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : v),
		z.string({ error: (i) => required(label)(i) ?? fix(`must be text, got ${show(i.input)}`, `write ${label} as text`) })
	);
	if (f.kind === 'string') {
		const { pattern, max } = f;
		// A patterned value is a code or number, not prose.
		let inner = pattern ? z.string() : z.string().overwrite(typographicApostrophes);
		if (max) inner = inner.max(max, fix(`is longer than ${max} characters`, `shorten it to at most ${max}`));
		if (pattern)
			inner = inner.regex(
				pattern.regex,
				fix(`does not match the expected format (${pattern.description.en})`, `write it like ${pattern.example}`)
			);
		s = s.pipe(inner);
	}
	if (f.kind === 'email')
		s = s.pipe(z.email({ pattern: EMAIL.regex, error: fix('is not an e-mail address', `write it like ${EMAIL.example}`) }));
	if (f.kind === 'url') s = s.pipe(z.url({ protocol: /^https?$/, error: fix('is not a web address', 'write a full https:// address') }));
	if (f.kind === 'phone')
		s = s.pipe(
			z.string().regex(PHONE.regex, {
				error: (i) => fix(`${show(i.input)} is not a phone number`, `write it like ${PHONE.example} or 13987654321`),
			})
		);
	return s;
}

function numberSchema(f: Field & { kind: 'number' }) {
	const unit = f.unit ? ` in ${f.unit['zh-CN']}` : '';
	let n = z.number({
		error: (i) =>
			required(`“${f.label['zh-CN']}”`)(i) ??
			fix(`must be a number${unit}, got ${show(i.input)}`, `write only the number${unit}, e.g. 35000`),
	});
	if (f.integer) n = n.int(fix('must be a whole number', 'remove the decimals'));
	if (f.min !== undefined) n = n.min(f.min, fix(`must be at least ${f.min}${unit}`, 'check the value and its unit'));
	if (f.max !== undefined) n = n.max(f.max, fix(`must be at most ${f.max}${unit}`, 'check the value and its unit'));
	return z.preprocess((v) => (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : v), n);
}

function dateSchema(withTime: boolean, label: string) {
	const format = withTime ? 'YYYY-MM-DD or YYYY-MM-DD HH:MM' : 'YYYY-MM-DD';
	return z.any().transform((v, ctx) => {
		const date = normalizeDate(v, withTime);
		if (date) return date;
		ctx.issues.push({
			code: 'custom',
			input: v,
			message:
				v === undefined
					? fix('is required', `fill in ${label} as ${format}`)
					: fix(`${show(v instanceof Date ? v.toISOString() : v)} is not a valid date`, `write it as ${format}, e.g. 2024-05-01`),
		});
		return z.NEVER;
	});
}

const degrees = (axis: 'latitude' | 'longitude', limit: number) =>
	z
		.number({ error: fix(`${axis} must be a number`, `write decimal degrees, e.g. ${axis === 'latitude' ? '25.04' : '102.71'}`) })
		.min(-limit, fix(`${axis} must be between -${limit} and ${limit}`, 'check the coordinates; latitude and longitude may be swapped'))
		.max(limit, fix(`${axis} must be between -${limit} and ${limit}`, 'check the coordinates; latitude and longitude may be swapped'));
const latitude = degrees('latitude', 90);
const longitude = degrees('longitude', 180);

function locationSchema(label: string) {
	return z.strictObject(
		{ lat: latitude, lng: longitude },
		{
			error: (i) =>
				required(label)(i) ??
				fix('must be a latitude and longitude', 'write it as two lines, “lat: 25.04” and “lng: 102.71” (WGS-84 degrees)'),
		}
	);
}

const polygonSchema = z.preprocess(
	(v) => {
		if (typeof v !== 'string') return v;
		try {
			return JSON.parse(v);
		} catch {
			return v;
		}
	},
	z.strictObject(
		{
			type: z.literal('Polygon'),
			coordinates: z.array(z.array(z.tuple([longitude, latitude])).min(4)).min(1),
		},
		{ error: fix('is not a GeoJSON Polygon', 'draw the boundary in the CMS map, or write {type: Polygon, coordinates: [[[lng, lat], …]]}') }
	)
);

const localizedSchema = z.strictObject(
	{
		'zh-CN': z
			.string({ error: fix('has no Chinese text', 'fill in the 中文 value') })
			.trim()
			.min(1, fix('has no Chinese text', 'fill in the 中文 value'))
			.overwrite(typographicApostrophes),
		en: z.preprocess((v) => (isEmpty(v) ? undefined : v), z.string().trim().overwrite(typographicApostrophes).optional()),
	},
	{
		error: (i) =>
			i.code === 'unrecognized_keys'
				? fix(
						`has unexpected key${i.keys.length > 1 ? 's' : ''} ${i.keys.map(show).join(', ')}`,
						'only zh-CN and en are allowed; put text containing a comma or colon in quotes'
					)
				: fix('must give the text per language', 'write it as “zh-CN: …” and “en: …” on two indented lines'),
	}
);

function baseSchema(f: Field, ctx: SchemaContext): z.ZodType {
	const label = `“${f.label['zh-CN']}”`;
	switch (f.kind) {
		case 'string':
		case 'email':
		case 'phone':
		case 'url':
			return stringSchema(f);
		case 'number':
			return numberSchema(f);
		case 'boolean':
			return z.boolean({ error: fix('must be true or false', 'write true or false') });
		case 'date':
		case 'datetime':
			return dateSchema(f.kind === 'datetime', label);
		case 'select': {
			const values = f.options.map((o) => o.value) as [string, ...string[]];
			const allowed = f.options.map((o) => `${o.value} (${o.label['zh-CN']})`).join(', ');
			const refusal = (v: unknown) => f.refused?.find((r) => r.value === v);
			const one = z.enum(values, {
				error: (i) => {
					const r = refusal(i.input);
					if (r) return fix(`${show(i.input)} ${r.message}`, r.fix);
					return i.input === undefined
						? fix('is required', `choose one of ${allowed}`)
						: fix(`${show(i.input)} is not a known value`, `use one of ${allowed}`);
				},
			});
			return f.multiple ? z.array(one) : one;
		}
		case 'ref': {
			const id = z.string({ error: (i) => required(label)(i) ?? fix(`must be the id of an entry in ${f.to}`, 'choose an existing entry') });
			return f.multiple ? z.array(id) : id;
		}
		case 'image':
			return ctx.image();
		case 'file': {
			const ext = f.extensions.join(', ');
			return z
				.string({ error: (i) => required(label)(i) ?? fix('must be a file name', `give the ${ext} file stored next to the entry`) })
				.refine((v) => f.extensions.some((e) => v.toLowerCase().endsWith(`.${e}`)), {
					error: (i) => fix(`${show(i.input)} is not a ${ext} file`, `attach a ${ext} file`),
				});
		}
		case 'location':
			return locationSchema(label);
		case 'polygon':
			return polygonSchema;
		case 'localized':
			return localizedSchema;
		case 'object':
			return objectSchema(f.fields, ctx);
		case 'list': {
			let list = z.array(fieldSchema({ ...f.of, required: true }, ctx), {
				error: fix('must be a list', 'write one item per line, each starting with “- ”'),
			});
			if (f.max) list = list.max(f.max, fix(`has more than ${f.max} items`, `keep at most ${f.max}`));
			return list;
		}
	}
}

/** The schema of one field, with the defaults and emptiness rules every field shares. */
function fieldSchema(f: Field, ctx: SchemaContext): z.ZodType {
	const base = baseSchema(f, ctx);
	const isList = f.kind === 'list' || ('multiple' in f && f.multiple);
	if (isList) {
		const nonEmpty = f.required
			? base.refine((v) => Array.isArray(v) && v.length > 0, fix('needs at least one item', `add at least one ${f.label['zh-CN']}`))
			: base;
		// Editors clear a list to an empty value; treat that as an empty list.
		return z.preprocess((v) => (isEmpty(v) ? [] : v), nonEmpty);
	}
	if (f.kind === 'boolean') return z.preprocess((v) => (isEmpty(v) ? false : v), base);
	if (f.required) return z.preprocess((v) => (isEmpty(v) ? undefined : v), base);
	return z.preprocess((v) => (isEmpty(v) ? undefined : v), base.optional());
}

export function objectSchema(fields: Fields, ctx: SchemaContext) {
	const shape = Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, fieldSchema(f, ctx)]));
	return z.strictObject(shape, {
		error: (i) =>
			i.code === 'unrecognized_keys'
				? fix(
						`has unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.join(', ')}`,
						`remove it or correct the spelling (known: ${Object.keys(fields).join(', ')})`
					)
				: fix('must be a set of fields', 'check the indentation'),
	});
}

/** Translatable fields of a collection: what a translation file may contain. */
function translatableFields(fields: Fields): Fields {
	return Object.fromEntries(Object.entries(fields).filter(([, f]) => f.translatable));
}

/**
 * What a translation file may hold: the translatable fields, each optional. An entry is written in
 * Chinese first and translated later, field by field; the site shows the Chinese text, marked as
 * such, for what is not translated yet.
 */
export function translationFields(fields: Fields): Fields {
	return Object.fromEntries(Object.entries(translatableFields(fields)).map(([name, f]) => [name, { ...f, required: false }]));
}

/**
 * The schema of one language's file of an entry. The default language's file holds every field;
 * other languages hold only translatable ones, and the language-neutral facts stay in one place.
 */
export function entrySchema(collection: EntryCollection, locale: Locale, ctx: SchemaContext) {
	if (locale !== DEFAULT_LOCALE) {
		const translatable = translationFields(collection.fields);
		// The CMS writes empty lists and false into every language's file; an empty value states no fact.
		const withoutEmptyFacts = (v: unknown) =>
			v && typeof v === 'object' && !Array.isArray(v)
				? Object.fromEntries(
						Object.entries(v).filter(([k, x]) => k in translatable || !(isEmpty(x) || x === false || (Array.isArray(x) && x.length === 0)))
					)
				: v;
		return z.preprocess(withoutEmptyFacts, objectSchema(translatable, ctx));
	}
	return objectSchema(collection.fields, ctx).superRefine((data, zctx) => {
		for (const rule of brokenRules(collection.rules, data as Record<string, unknown>))
			zctx.addIssue({ code: 'custom', path: [rule.field], message: fix(rule.message.en, rule.fix.en) });
	});
}

export function dataItemSchema(collection: DataCollection, ctx: SchemaContext) {
	return objectSchema(collection.item, ctx).superRefine((data, zctx) => {
		for (const rule of brokenRules(collection.rules, data as Record<string, unknown>))
			zctx.addIssue({ code: 'custom', path: [rule.field], message: fix(rule.message.en, rule.fix.en) });
	});
}

export function dataFileSchema(collection: DataCollection, ctx: SchemaContext) {
	return z.strictObject({
		[collection.key]: z.array(dataItemSchema(collection, ctx), {
			error: fix(`must hold a list under “${collection.key}:”`, `start the file with “${collection.key}:” followed by “- id: …” items`),
		}),
	});
}
