/**
 * A reference from an entry to another of its own collection (a policy's successor) ends somewhere:
 * no entry names itself, and no chain of them comes back to where it started.
 */
import type { EntryCollection } from '../../schema/collections.ts';
import { validEntries, type Content } from '../load.ts';
import type { Problem } from '../problem.ts';

export function referenceCyclesRule(content: Content): Problem[] {
	const problems: Problem[] = [];
	const entries = validEntries(content);
	const collections = new Set(entries.map((e) => e.collection));
	for (const collection of collections as Set<EntryCollection>) {
		const own = Object.entries(collection.fields).filter(([, f]) => f.kind === 'ref' && !f.multiple && f.to === collection.name);
		const byId = new Map(entries.filter((e) => e.collection === collection).map((e) => [e.id, e]));
		const what = collection.labelSingular.en.toLowerCase();
		for (const [name, f] of own)
			for (const e of byId.values()) {
				const seen = [e.id];
				for (
					let next = e.data[name] as string | undefined;
					next && byId.has(next);
					next = byId.get(next)!.data[name] as string | undefined
				) {
					if (!seen.includes(next)) {
						seen.push(next);
						continue;
					}
					problems.push({
						file: e.original.path,
						field: name,
						label: f.label['zh-CN'],
						message:
							next === e.id
								? `names the ${what} itself — fix: choose another ${what}, or leave it empty`
								: `forms a loop (${[...seen, next].join(' → ')}) — fix: let the chain end: the newest ${what} names none`,
					});
					break;
				}
			}
	}
	return problems;
}
