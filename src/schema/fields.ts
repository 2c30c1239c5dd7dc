/**
 * The field vocabulary of the content model.
 *
 * Every content field is declared once, as plain data that can be walked: its kind, its label in
 * both languages, whether it is required, its enum values or reference target, and whether it is
 * translated. Zod schemas (for Astro and the standalone content check) and the Decap CMS
 * configuration are both derived from these declarations, so they cannot disagree.
 */
import type { ImageMetadata } from 'astro';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/**
 * The folder of an entry that holds its images and attachments, written `files/<name>` in its
 * fields. The CMS's media picker shows this folder, so it never offers the entry's Markdown files.
 */
export const MEDIA_FOLDER = 'files';

/** A short text in both languages. The English side is optional where it falls back to Chinese. */
export type Bilingual = { readonly 'zh-CN': string; readonly en: string };
export type LocalizedText = { 'zh-CN': string; en?: string | undefined };

export interface LatLng {
	lat: number;
	lng: number;
}
export interface GeoPolygon {
	type: 'Polygon';
	/** GeoJSON order: [lng, lat]. */
	coordinates: [number, number][][];
}
/** What Astro's `image()` produces; the standalone check keeps the relative path instead. */
export type ImageRef = ImageMetadata;

export interface Option<V extends string = string> {
	readonly value: V;
	readonly label: Bilingual;
}

/** A text pattern with the example a build error and the CMS show as the fix. */
export interface Pattern {
	readonly regex: RegExp;
	readonly example: string;
	readonly description: Bilingual;
}

interface Common {
	readonly label: Bilingual;
	/** Guidance for editors; also quoted as the fix when a value is rejected. */
	readonly hint?: Bilingual;
	readonly required: boolean;
	/** Translatable fields live in each language's file; all others are stored once. */
	readonly translatable: boolean;
	/** Set by whoever deploys the site, not by editors: the CMS shows it and does not let it change. */
	readonly deployment?: boolean;
	/** In a new entry the CMS fills in the bureau's name from the site settings, in each pane's language. */
	readonly defaultsToBureau?: boolean;
}

export interface StringField extends Common {
	readonly kind: 'string';
	readonly multiline?: boolean;
	readonly max?: number;
	readonly pattern?: Pattern;
}
export interface NumberField extends Common {
	readonly kind: 'number';
	readonly min?: number;
	readonly max?: number;
	readonly integer?: boolean;
	readonly unit?: Bilingual;
}
export interface BooleanField extends Common {
	readonly kind: 'boolean';
}
export interface DateField extends Common {
	/** `date` is YYYY-MM-DD; `datetime` also accepts a time, YYYY-MM-DD HH:MM, in the site's time zone. */
	readonly kind: 'date' | 'datetime';
	/** The CMS sets it to the time of saving whenever an existing entry is saved. */
	readonly stampedOnSave?: boolean;
}
export interface SelectField<V extends string = string> extends Common {
	readonly kind: 'select';
	readonly options: readonly Option<V>[];
	readonly multiple: boolean;
	/** Values editors may expect but the site deliberately does not support, with the reason and the fix. */
	readonly refused?: readonly Refusal[];
}
export interface Refusal {
	readonly value: string;
	readonly message: string;
	readonly fix: string;
}
export interface RefField extends Common {
	readonly kind: 'ref';
	readonly to: string;
	readonly multiple: boolean;
}
export interface ImageField extends Common {
	readonly kind: 'image';
}
export interface FileField extends Common {
	readonly kind: 'file';
	readonly extensions: readonly string[];
}
export interface SimpleField extends Common {
	readonly kind: 'email' | 'phone' | 'url' | 'location' | 'polygon' | 'localized';
}
export interface ObjectField<Fs extends Fields = Fields> extends Common {
	readonly kind: 'object';
	readonly fields: Fs;
}
export interface ListField<I extends Field = Field> extends Common {
	readonly kind: 'list';
	readonly of: I;
	readonly max?: number;
}

export type Field =
	| StringField
	| NumberField
	| BooleanField
	| DateField
	| SelectField
	| RefField
	| ImageField
	| FileField
	| SimpleField
	| ObjectField
	| ListField;
export type Fields = { readonly [name: string]: Field };

/* ---------- Value types derived from declarations ---------- */

type Prettify<T> = { [K in keyof T]: T[K] } & {};

type BaseValue<F> = F extends { kind: 'number' }
	? number
	: F extends { kind: 'boolean' }
		? boolean
		: F extends { kind: 'select'; options: readonly Option<infer V>[]; multiple: infer M }
			? M extends true
				? V[]
				: V
			: F extends { kind: 'ref'; multiple: infer M }
				? M extends true
					? string[]
					: string
				: F extends { kind: 'image' }
					? ImageRef
					: F extends { kind: 'location' }
						? LatLng
						: F extends { kind: 'polygon' }
							? GeoPolygon
							: F extends { kind: 'localized' }
								? LocalizedText
								: F extends { kind: 'object'; fields: infer Fs extends Fields }
									? DataOf<Fs>
									: F extends { kind: 'list'; of: infer I }
										? BaseValue<I>[]
										: string;

/** Lists, multi-selects and booleans always have a value (empty list, false). */
type AlwaysPresent<F> = F extends { required: true }
	? true
	: F extends { kind: 'list' | 'boolean' }
		? true
		: F extends { multiple: true }
			? true
			: false;

export type ValueOf<F> = BaseValue<F>;
export type DataOf<Fs extends Fields> = Prettify<
	{ -readonly [K in keyof Fs as AlwaysPresent<Fs[K]> extends true ? K : never]: BaseValue<Fs[K]> } & {
		-readonly [K in keyof Fs as AlwaysPresent<Fs[K]> extends true ? never : K]?: BaseValue<Fs[K]>;
	}
>;
export type TranslatableKeys<Fs extends Fields> = {
	[K in keyof Fs]: Fs[K] extends { translatable: true } ? K : never;
}[keyof Fs];

/* ---------- Builders ---------- */

type Opts<F extends Field> = Omit<F, 'kind' | 'required' | 'translatable'> & {
	readonly required?: boolean;
	readonly translatable?: boolean;
};
type Built<F, O> = F & { readonly required: O extends { required: true } ? true : false } & {
	readonly translatable: O extends { translatable: true } ? true : false;
};

function build<F extends Field>(kind: F['kind'], opts: object): F {
	return { required: false, translatable: false, ...opts, kind } as F;
}

export const field = {
	string: <const O extends Opts<StringField>>(o: O) => build<StringField>('string', o) as Built<StringField, O>,
	number: <const O extends Opts<NumberField>>(o: O) => build<NumberField>('number', o) as Built<NumberField, O>,
	boolean: <const O extends Opts<BooleanField>>(o: O) => build<BooleanField>('boolean', o) as Built<BooleanField, O>,
	date: <const O extends Opts<DateField>>(o: O) => build<DateField>('date', o) as Built<DateField, O>,
	datetime: <const O extends Opts<DateField>>(o: O) => build<DateField>('datetime', o) as Built<DateField, O>,
	select: <V extends string, const O extends Omit<Opts<SelectField<V>>, 'multiple'> & { multiple?: boolean }>(o: O) =>
		build<SelectField<V>>('select', { multiple: false, ...o }) as Built<SelectField<V>, O> & {
			readonly multiple: O extends { multiple: true } ? true : false;
		},
	ref: <const O extends Omit<Opts<RefField>, 'multiple'> & { multiple?: boolean }>(o: O) =>
		build<RefField>('ref', { multiple: false, ...o }) as Built<RefField, O> & {
			readonly multiple: O extends { multiple: true } ? true : false;
		},
	image: <const O extends Opts<ImageField>>(o: O) => build<ImageField>('image', o) as Built<ImageField, O>,
	file: <const O extends Opts<FileField>>(o: O) => build<FileField>('file', o) as Built<FileField, O>,
	email: <const O extends Opts<SimpleField>>(o: O) => build<SimpleField>('email', o) as Built<SimpleField, O> & { kind: 'email' },
	phone: <const O extends Opts<SimpleField>>(o: O) => build<SimpleField>('phone', o) as Built<SimpleField, O> & { kind: 'phone' },
	url: <const O extends Opts<SimpleField>>(o: O) => build<SimpleField>('url', o) as Built<SimpleField, O> & { kind: 'url' },
	location: <const O extends Opts<SimpleField>>(o: O) => build<SimpleField>('location', o) as Built<SimpleField, O> & { kind: 'location' },
	polygon: <const O extends Opts<SimpleField>>(o: O) => build<SimpleField>('polygon', o) as Built<SimpleField, O> & { kind: 'polygon' },
	/** A short text written in both languages side by side, for labels inside lists and data files. */
	localized: <const O extends Opts<SimpleField>>(o: O) =>
		build<SimpleField>('localized', o) as Built<SimpleField, O> & { kind: 'localized' },
	object: <Fs extends Fields, const O extends Opts<ObjectField<Fs>>>(o: O & { fields: Fs }) =>
		build<ObjectField<Fs>>('object', o) as Built<ObjectField<Fs>, O>,
	list: <I extends Field, const O extends Opts<ListField<I>>>(o: O & { of: I }) => build<ListField<I>>('list', o) as Built<ListField<I>, O>,
};

/** The field declaration at a data path, for its label. */
export function fieldAt(fields: Fields, path: readonly PropertyKey[]): Field | undefined {
	let current: Field | undefined;
	let scope: Fields | undefined = fields;
	for (const seg of path) {
		if (typeof seg === 'number') {
			if (current?.kind === 'list') {
				current = current.of;
				scope = current.kind === 'object' ? current.fields : undefined;
			}
			continue;
		}
		current = scope?.[String(seg)];
		if (!current) return undefined;
		scope = current.kind === 'object' ? current.fields : undefined;
	}
	return current;
}

/** Calls `visit` for every value in `data` with its field declaration and path, depth first. */
export function walkValues(
	fields: Fields,
	data: Record<string, unknown>,
	visit: (f: Field, value: unknown, path: PropertyKey[]) => void,
	path: PropertyKey[] = []
): void {
	for (const [name, f] of Object.entries(fields)) {
		const value = data[name];
		if (value === undefined || value === null) continue;
		const here = [...path, name];
		if (f.kind === 'list' && Array.isArray(value)) {
			value.forEach((item, i) => {
				if (f.of.kind === 'object' && item && typeof item === 'object')
					walkValues(f.of.fields, item as Record<string, unknown>, visit, [...here, i]);
				else visit(f.of, item, [...here, i]);
			});
		} else if (f.kind === 'object' && typeof value === 'object') {
			walkValues(f.fields, value as Record<string, unknown>, visit, here);
		} else {
			visit(f, value, here);
		}
	}
}
