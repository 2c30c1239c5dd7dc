/**
 * The build's own validation, run in the editor before every save: the same Zod schemas and entry
 * rules as src/content.config.ts and the content check, so the CMS cannot save what the build
 * would reject. References and files are checked by the build only; the relation and file
 * widgets already limit them to existing entries and uploads.
 */
import { z } from 'astro/zod';
import type { EntryCollection } from '../src/schema/collections.ts';
import { DEFAULT_LOCALE, LOCALES, type Fields, type Locale } from '../src/schema/fields.ts';
import { entrySchema, translatableFields } from '../src/schema/zod.ts';

const LANGUAGE: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };

function labelOf(fields: Fields, path: PropertyKey[]): string {
	const [name] = path;
	const f = typeof name === 'string' ? fields[name] : undefined;
	return f ? `“${f.label['zh-CN']}”（${path.join('.')}）` : path.join('.') || '条目';
}

/** Problems with one entry, each naming the language, the field and the fix; empty when it may be saved. */
export function entryProblems(collection: EntryCollection, translations: Partial<Record<Locale, Record<string, unknown>>>): string[] {
	const problems: string[] = [];
	for (const locale of LOCALES) {
		const data = translations[locale];
		if (!data && locale !== DEFAULT_LOCALE) continue;
		// The body is Markdown, not front matter. Decap keeps every field in each language's state but
		// writes only the translatable ones to other languages' files, so only those are checked there.
		const { body: _body, ...rest } = data ?? {};
		const written = locale === DEFAULT_LOCALE ? collection.fields : translatableFields(collection.fields);
		const frontMatter = Object.fromEntries(Object.entries(rest).filter(([name]) => name in written));
		const result = entrySchema(collection, locale, { image: () => z.string() }).safeParse(frontMatter);
		if (result.success) continue;
		for (const issue of result.error.issues) problems.push(`${LANGUAGE[locale]} ${labelOf(collection.fields, issue.path)}: ${issue.message}`);
	}
	return problems;
}
