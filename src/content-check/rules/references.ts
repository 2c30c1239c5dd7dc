/** Every reference names an entry or a term that exists. */
import { walkValues } from '../../schema/fields.ts';
import { validEntries, type Content } from '../load.ts';
import { pathText, type Problem } from '../problem.ts';

export function referencesRule(content: Content): Problem[] {
	const ids = new Map<string, Set<string>>();
	for (const d of content.data) ids.set(d.collection.name, new Set(d.ids));
	for (const e of content.entries) if (e.id) ids.set(e.collection.name, (ids.get(e.collection.name) ?? new Set()).add(e.id));
	const describe = (to: string) => {
		const known = [...(ids.get(to) ?? [])];
		const sample = known.slice(0, 8).join(', ');
		return known.length ? `use an existing id from ${to} (${sample}${known.length > 8 ? ', …' : ''})` : `add the ${to} entry first`;
	};
	const problems: Problem[] = [];
	const check = (file: string, fields: Parameters<typeof walkValues>[0], values: Record<string, unknown>) =>
		walkValues(fields, values, (f, value, path) => {
			if (f.kind !== 'ref') return;
			for (const [i, target] of (Array.isArray(value) ? value : [value]).entries()) {
				if (ids.get(f.to)?.has(String(target))) continue;
				problems.push({
					file,
					field: pathText(Array.isArray(value) ? [...path, i] : path),
					label: f.label['zh-CN'],
					message: `refers to “${target}”, which is not in ${f.to} — fix: ${describe(f.to)}`,
				});
			}
		});
	for (const e of validEntries(content)) check(e.original.path, e.collection.fields, e.data);
	for (const d of content.data) for (const item of d.items ?? []) check(d.file, d.collection.item, item);
	return problems;
}
