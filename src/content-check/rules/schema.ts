/** Every file matches its schema: the site settings, each data file, each entry in each language. */
import type { z } from 'astro/zod';
import { brokenRules } from '../../schema/collections.ts';
import { DEFAULT_LOCALE, field, fieldAt, type Fields } from '../../schema/fields.ts';
import type { Content } from '../load.ts';
import { pathText, type Problem } from '../problem.ts';

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

export function schemaRule({ site, data, entries }: Content): Problem[] {
	const problems: Problem[] = [];
	if (site.error) problems.push(...zodProblems(site.file, site.collection.fields, site.error));
	for (const rule of site.data ? brokenRules(site.collection.rules, site.data as Record<string, unknown>) : [])
		problems.push({
			file: site.file,
			field: rule.field,
			label: fieldAt(site.collection.fields, rule.field.split('.'))?.label['zh-CN'],
			message: `${rule.message.en} — fix: ${rule.fix.en}`,
		});
	for (const { collection: c, file, error } of data) {
		if (!error) continue;
		const fileFields = { [c.key]: field.list({ label: c.label, of: field.object({ label: c.label, fields: c.item }) }) };
		problems.push(...zodProblems(file, fileFields, error));
	}
	for (const e of entries) {
		for (const t of e.translationErrors) problems.push(...zodProblems(t.file.path, e.collection.fields, t.error, e.collection.fields));
		if (e.error && e.original) problems.push(...zodProblems(e.original.path, e.collection.fields, e.error));
	}
	return problems;
}
