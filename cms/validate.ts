/**
 * The build's own validation, run in the editor: the same Zod schemas and entry rules as
 * src/content.config.ts and the content check, so the CMS cannot save what the build would reject.
 * Each problem names its language and field, in words an editor reads in either UI language;
 * the editor shows it at the field (admin/field-checks.ts) and refuses the save.
 */
import { z } from 'astro/zod';
import { brokenRules, type EntryCollection } from '../src/schema/collections.ts';
import {
	DEFAULT_LOCALE,
	LOCALES,
	fieldAt,
	walkValues,
	type Bilingual,
	type Field,
	type Fields,
	type Locale,
} from '../src/schema/fields.ts';
import { entrySchema, translationFields } from '../src/schema/zod.ts';

export interface EntryProblem {
	locale: Locale;
	/** Where in that language's data, e.g. `['attachments', 0, 'file']`. */
	path: PropertyKey[];
	/** The field at `path`, for its label. */
	field: Field | undefined;
	message: Bilingual;
}

export type Translations = Partial<Record<Locale, Record<string, unknown>>>;

const bi = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, en });
const isEmpty = (v: unknown) =>
	v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
const fileName = (path: string) => path.split('/').pop() ?? path;

/** What is wrong with a value the schema refused, said from the field's declaration. */
function fieldMessage(f: Field | undefined, value: unknown): Bilingual {
	if (!f) return bi('有不认识的字段，请删除', 'has a field the site does not know; remove it');
	const label = f.label;
	if (isEmpty(value)) return bi(`请填写“${label['zh-CN']}”`, `Fill in “${label.en}”`);
	switch (f.kind) {
		case 'string':
			if (f.pattern)
				return bi(
					`格式应为${f.pattern.description['zh-CN']}，例如 ${f.pattern.example}`,
					`Write ${f.pattern.description.en}, e.g. ${f.pattern.example}`
				);
			return bi(`最多 ${f.max} 个字符`, `At most ${f.max} characters`);
		case 'number': {
			const range = `${f.min ?? ''}–${f.max ?? ''}`;
			return bi(`应为 ${range} 之间的${f.integer ? '整数' : '数字'}`, `Must be a ${f.integer ? 'whole ' : ''}number in ${range}`);
		}
		case 'date':
		case 'datetime':
			return bi('日期格式应为 YYYY-MM-DD', 'Write the date as YYYY-MM-DD');
		case 'select':
		case 'ref':
			return bi('请从列表中选择', 'Choose from the list');
		case 'email':
		case 'phone':
		case 'url':
			return bi('格式不正确，请按提示填写', 'Not in the expected form; see the hint');
		default:
			return bi('填写有误，请检查', 'Not valid; check the value');
	}
}

/**
 * Problems with one entry; empty when it may be saved. `mediaFiles` are the names of the files
 * Decap holds for the entry (uploaded in this draft or already in its folder): every file a field
 * names must be among them, or the saved entry would point at a file the build cannot find.
 */
export function entryProblems(collection: EntryCollection, translations: Translations, mediaFiles?: readonly string[]): EntryProblem[] {
	const problems: EntryProblem[] = [];
	for (const locale of LOCALES) {
		const data = translations[locale];
		if (!data && locale !== DEFAULT_LOCALE) continue;
		// The body is Markdown, not front matter. Decap keeps every field in each language's state but
		// writes only the translatable ones to other languages' files, so only those are checked there.
		const { body: _body, ...rest } = data ?? {};
		const fields: Fields = locale === DEFAULT_LOCALE ? collection.fields : translationFields(collection.fields);
		const frontMatter = Object.fromEntries(Object.entries(rest).filter(([name]) => name in fields));
		const result = entrySchema(collection, locale, { image: () => z.string() }).safeParse(frontMatter);
		const rules = new Set(locale === DEFAULT_LOCALE ? brokenRules(collection.rules, frontMatter) : []);
		for (const rule of rules) {
			problems.push({
				locale,
				path: [rule.field],
				field: fields[rule.field],
				message: bi(`${rule.message['zh-CN']}。${rule.fix['zh-CN']}`, `${cap(rule.message.en)}: ${rule.fix.en}`),
			});
		}
		for (const issue of result.success ? [] : result.error.issues) {
			// The rules are reported above, in their own words.
			if (issue.code === 'custom' && issue.path.length === 1 && [...rules].some((r) => r.field === issue.path[0])) continue;
			const f = fieldAt(fields, issue.path);
			problems.push({ locale, path: issue.path, field: f, message: fieldMessage(f, valueAt(frontMatter, issue.path)) });
		}
		if (mediaFiles && locale === DEFAULT_LOCALE) {
			walkValues(fields, frontMatter, (f, value, path) => {
				if ((f.kind !== 'file' && f.kind !== 'image') || typeof value !== 'string' || mediaFiles.includes(fileName(value))) return;
				const name = fileName(value);
				problems.push({
					locale,
					path,
					field: f,
					message: bi(
						`文件“${name}”没有随条目一起保存：请重新上传，或删去这一项`,
						`The file “${name}” is not saved with the entry: upload it again, or remove this item`
					),
				});
			});
		}
	}
	return problems;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	return path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), data);
}

const LANGUAGE: Record<Locale, Bilingual> = { 'zh-CN': bi('中文', 'Chinese'), en: bi('英文', 'English') };

/** One problem as a sentence in the editor's language, naming the language and the field. */
export function problemText(p: EntryProblem, ui: Locale): string {
	const label = p.field ? `“${p.field.label[ui]}”` : p.path.join('.');
	return ui === 'en'
		? `${LANGUAGE[p.locale].en} ${label}: ${p.message.en}`
		: `${LANGUAGE[p.locale]['zh-CN']}${label}：${p.message['zh-CN']}`;
}
