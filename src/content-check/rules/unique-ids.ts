/** Every entry and every data item has an id of its own: ids are URLs and what references name. */
import type { Content } from '../load.ts';
import type { Problem } from '../problem.ts';

export function uniqueIdsRule({ data, entries }: Content): Problem[] {
	const problems: Problem[] = [];
	for (const { collection: c, file, items = [] } of data) {
		const seen = new Set<string>();
		items.forEach((item, i) => {
			const id = String(item.id);
			if (seen.has(id))
				problems.push({
					file,
					field: `${c.key}[${i}].id`,
					label: c.item.id?.label['zh-CN'],
					message: `“${id}” is used twice — fix: give each item its own id`,
				});
			seen.add(id);
		});
	}
	for (const { collection: c, original, data: values, duplicateOf } of entries) {
		if (!duplicateOf || !original || !values) continue;
		const what = c.idField ? `${c.idField} “${values[c.idField]}”` : `id “${original.path.split('/').at(-2)}”`;
		problems.push({
			file: original.path,
			field: c.idField,
			label: c.idField ? c.fields[c.idField]?.label['zh-CN'] : undefined,
			message: `${what} is already used by ${duplicateOf} — fix: give this entry its own ${c.idField ?? 'folder name'}`,
		});
	}
	return problems;
}
