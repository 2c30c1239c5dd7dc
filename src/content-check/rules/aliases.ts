/**
 * An alias (文山州, 南博会, PV) leads a reader's search to one item: two items of a collection
 * sharing an alias, or an alias that is another item's name, would send the same query two ways.
 * Empty aliases are refused by the schema; an alias repeating its own item's name is harmless.
 */
import { validEntries, type Content } from '../load.ts';
import type { Problem } from '../problem.ts';

type Named = { file: string; field: string; label: string | undefined; id: string; names: string[]; aliases: string[] };

const key = (text: string) => text.trim().toLowerCase();
const textsOf = (value: unknown): string[] =>
	typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).filter((v) => typeof v === 'string') : [];

function clashes(items: Named[]): Problem[] {
	const owner = new Map<string, Named>();
	const problems: Problem[] = [];
	for (const item of items) for (const name of item.names) if (!owner.has(key(name))) owner.set(key(name), item);
	for (const item of items) {
		item.aliases.forEach((alias, i) => {
			const other = owner.get(key(alias));
			if (other && other.id !== item.id)
				problems.push({
					file: item.file,
					field: `${item.field}[${i}]`,
					label: item.label,
					message: `“${alias}” already names ${other.id} — fix: remove it here, or keep it on one of them only`,
				});
			else owner.set(key(alias), item);
		});
	}
	return problems;
}

export function aliasesRule(content: Content): Problem[] {
	const problems: Problem[] = [];
	for (const { collection: c, file, items = [] } of content.data) {
		if (!c.item.aliases) continue;
		const named = items.map((item, i) => ({
			file,
			field: `${c.key}[${i}].aliases`,
			label: c.item.aliases?.label['zh-CN'],
			id: String(item.id),
			names: [...textsOf(item.name), ...textsOf(item.short)],
			aliases: (item.aliases as string[] | undefined) ?? [],
		}));
		problems.push(...clashes(named));
	}
	const byCollection = Map.groupBy(
		validEntries(content).filter((e) => e.collection.fields.aliases),
		(e) => e.collection.name
	);
	for (const entries of byCollection.values())
		problems.push(
			...clashes(
				entries.map((e) => ({
					file: e.original.path,
					field: 'aliases',
					label: e.collection.fields.aliases?.label['zh-CN'],
					id: e.id,
					names: Object.values(e.raw.files).flatMap((f) => textsOf(f?.data.title)),
					aliases: (e.data.aliases as string[] | undefined) ?? [],
				}))
			)
		);
	return problems;
}
