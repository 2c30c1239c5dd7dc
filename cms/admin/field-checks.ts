/**
 * Our layer over Decap's widgets, for every field of an entry:
 * - the build's checks (cms/validate.ts) become the field's own errors, in the editor's language,
 *   shown at the field and kept there until the entry no longer breaks them;
 * - a reference holds the id of the entry it names, where Decap's relation widget holds its slug
 *   (`<id>/index` for our folder-per-entry layout);
 * - a new entry starts with the bureau's name in the fields declared to default to it.
 */
import { entryCollections, type EntryCollection } from '../../src/schema/collections.ts';
import { DEFAULT_LOCALE, LOCALES, type Field, type Locale } from '../../src/schema/fields.ts';
import { entryProblems, type EntryProblem, type Translations } from '../validate.ts';
import { decap, plain, type ImmutableLike, type WidgetProps } from './decap.ts';

/** Decap's widgets our fields use; `markdown` keeps its own behaviour. */
const WRAPPED = [
	'string',
	'text',
	'number',
	'boolean',
	'datetime',
	'select',
	'relation',
	'image',
	'file',
	'list',
	'object',
	'location',
	'polygon',
	'readonly',
];

interface EntryProps extends WidgetProps {
	entry: ImmutableLike;
	collection: ImmutableLike;
	locale?: string;
	hasActiveStyle?: boolean;
	fieldsErrors?: { get(id: string): unknown };
	validate(): void;
}

const collectionOf = (name: unknown): EntryCollection | undefined => Object.values(entryCollections).find((c) => c.name === name);

/** Each language's data of a Decap entry, as the files will hold it. */
export function translationsOf(entry: ImmutableLike): Translations {
	const translations: Translations = { [DEFAULT_LOCALE]: plain(entry.get('data')) ?? {} };
	for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
		const data = plain<Record<string, unknown>>(entry.getIn(['i18n', locale, 'data']));
		if (data) translations[locale] = data;
	}
	return translations;
}

export interface MediaFile {
	id?: string;
	name?: string;
	path?: string;
	draft?: boolean;
}

/** The entry open in the editor, as its fields last saw it. */
let editing: ImmutableLike | undefined;
/** The files Decap holds for the entry open in the editor: uploaded in this draft, or in its folder. */
export const editedMedia = (): MediaFile[] => (editing ? (plain<MediaFile[]>(editing.get('mediaFiles')) ?? []) : []);

/** Files seen in an entry's folder in the repository, by entry; they stay there (see media.ts). */
const stored = new Map<string, Set<string>>();
const nameOf = (f: MediaFile) => f.name ?? f.path?.split('/').pop() ?? '';

/**
 * The names of the files an entry may refer to: what Decap will commit with it and what its folder
 * already holds. Decap can drop a stored file from its list of the entry's files (it keys files by
 * their content), which does not remove it from the repository.
 */
export function mediaFileNames(entry: ImmutableLike): string[] {
	const files = plain<MediaFile[]>(entry.get('mediaFiles')) ?? [];
	const key = String(entry.get('path') ?? '');
	const seen = stored.get(key) ?? new Set<string>();
	if (key) stored.set(key, seen);
	for (const f of files) if (!f.draft) seen.add(nameOf(f));
	return [...new Set([...files.map(nameOf), ...seen])];
}

/** A stored reference is an entry id; Decap's relation widget speaks in slugs. */
const toSlug = (v: unknown) => (typeof v === 'string' && v && !v.endsWith('/index') ? `${v}/index` : v);
const toId = (v: unknown) => (typeof v === 'string' ? v.replace(/\/index$/, '') : v);
const mapValue = (value: unknown, f: (v: unknown) => unknown) =>
	value && typeof value === 'object' && 'map' in value ? (value as { map(g: (x: unknown) => unknown): unknown }).map(f) : f(value);

/** The entry's problems, computed once per version of the entry: every field of the form asks. */
const cache = new WeakMap<object, EntryProblem[]>();
function problemsOf(collection: EntryCollection, entry: ImmutableLike): EntryProblem[] {
	let problems = cache.get(entry);
	if (!problems) cache.set(entry, (problems = entryProblems(collection, translationsOf(entry), mediaFileNames(entry))));
	return problems;
}

const hasErrors = (props: EntryProps) => {
	const errors = props.fieldsErrors?.get(props.forID);
	return Boolean(errors && ((errors as { size?: number }).size ?? (errors as unknown[]).length));
};

/** Brings the first refused field of a save into view, as a reader scans from the top. */
let revealing = false;
function reveal(id: string) {
	if (revealing) return;
	revealing = true;
	setTimeout(() => (revealing = false), 300);
	const element = document.getElementById(id);
	element?.scrollIntoView({ block: 'center' });
	element?.focus({ preventScroll: true });
}

export function registerFieldChecks(ui: Locale, bureau: string): void {
	const { CMS, h, createClass } = decap();
	const message = (p: EntryProblem) => p.message[ui];

	function wrap(Control: unknown) {
		return createClass({
			/** The declaration of this field when it is a top-level field of an entry collection. */
			declared(this: { props: EntryProps }): { collection: EntryCollection; field: Field; name: string } | undefined {
				const collection = collectionOf(this.props.collection?.get('name'));
				const name = String(this.props.field.get('name'));
				const topLevel = (this.props.collection?.get('fields') as { includes(f: unknown): boolean } | undefined)?.includes(
					this.props.field
				);
				const field = collection?.fields[name];
				return collection && field && topLevel ? { collection, field, name } : undefined;
			},
			locale(this: { props: EntryProps }): Locale {
				return (LOCALES as readonly string[]).includes(this.props.locale ?? '') ? (this.props.locale as Locale) : DEFAULT_LOCALE;
			},
			componentDidMount(this: WrapperThis) {
				// The Chinese pane only: the site reads the bureau's Chinese name as its English one (src/lib/translation.ts).
				const declared = this.declared();
				if (
					declared?.field.defaultsToBureau &&
					this.locale() === DEFAULT_LOCALE &&
					this.props.entry.get('newRecord') &&
					!plain(this.props.value)
				)
					this.props.onChange(bureau);
			},
			// Decap's Widget asks its control whether to render again; the inner control's answer counts, and
			// so does a change elsewhere in the entry while this field shows errors, which may fix them.
			shouldComponentUpdate(this: WrapperThis, next: EntryProps) {
				const inner = this.inner?.shouldComponentUpdate;
				const own = inner
					? inner.call(this.inner, next, this.inner?.state)
					: next.value !== this.props.value ||
						next.classNameWrapper !== this.props.classNameWrapper ||
						next.hasActiveStyle !== this.props.hasActiveStyle;
				return own || (next.entry !== this.props.entry && hasErrors(next));
			},
			componentDidUpdate(this: WrapperThis, previous: EntryProps) {
				// Decap clears a field's errors only when that field changes; a rule's error may be fixed in another one.
				if (previous.entry !== this.props.entry && hasErrors(this.props)) this.props.validate();
			},
			isValid(this: WrapperThis) {
				const own = this.inner?.isValid?.() ?? true;
				if (own !== true && !(typeof own === 'object' && !('error' in own && own.error))) return own;
				const declared = this.declared();
				if (!declared) return own;
				const locale = this.locale();
				const problems = problemsOf(declared.collection, this.props.entry).filter(
					(p) => p.locale === locale && p.path[0] === declared.name
				);
				if (!problems.length) return own;
				reveal(this.props.forID);
				return { error: { type: 'CUSTOM', message: problems.map(message).join(' ') } };
			},
			getValidateValue(this: WrapperThis) {
				return this.inner?.getValidateValue?.();
			},
			focus(this: WrapperThis, path: string) {
				if (this.inner?.focus) this.inner.focus(path);
				else document.getElementById(this.props.forID)?.focus();
			},
			render(this: WrapperThis) {
				editing = this.props.entry;
				const declared = this.declared();
				const isRelation = this.props.field.get('widget') === 'relation';
				// Decap mounts every field in every language's pane, hidden where it is not translated;
				// a widget that sets its value on mount would write a fact into the translation's file.
				const fact = declared && !declared.field.translatable && this.locale() !== DEFAULT_LOCALE;
				const onChange = fact
					? () => undefined
					: isRelation
						? (v: unknown, m?: unknown) => this.props.onChange(mapValue(v, toId), m)
						: this.props.onChange;
				return h(Control, {
					...this.props,
					onChange,
					...(isRelation ? { value: mapValue(this.props.value, toSlug) } : {}),
					ref: (r: (InnerControl & { getWrappedInstance?(): InnerControl }) | null) =>
						(this.inner = r?.getWrappedInstance ? r.getWrappedInstance() : (r ?? undefined)),
				});
			},
		});
	}

	for (const name of WRAPPED) {
		const widget = CMS.getWidget(name);
		if (!widget) continue;
		const { control, preview, ...options } = widget;
		CMS.registerWidget({ ...options, name, controlComponent: wrap(control), previewComponent: preview });
	}
}

interface InnerControl {
	state?: unknown;
	shouldComponentUpdate?(props: unknown, state: unknown): boolean;
	isValid?(): boolean | { error?: unknown } | Promise<unknown>;
	getValidateValue?(): unknown;
	focus?(path: string): void;
}

interface WrapperThis {
	props: EntryProps;
	inner?: InnerControl | undefined;
	declared(): { collection: EntryCollection; field: Field; name: string } | undefined;
	locale(): Locale;
}
