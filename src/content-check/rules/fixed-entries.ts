/** A collection of the site's own pages (About …) has exactly those entries: each has a page that shows it. */
import { entryPages } from '../../lib/routes.ts';
import type { EntryCollectionName } from '../../schema/collections.ts';
import { validEntries, type Content } from '../load.ts';
import type { Problem } from '../problem.ts';

export function fixedEntriesRule(content: Content): Problem[] {
	const problems: Problem[] = [];
	const collections = new Set(content.entries.map((e) => e.collection).filter((c) => c.fixedIds));
	for (const collection of collections) {
		const ids = collection.fixedIds!;
		const present = new Set(
			validEntries(content)
				.filter((e) => e.collection === collection)
				.map((e) => e.id)
		);
		for (const e of content.entries.filter((x) => x.collection === collection && !ids.includes(x.folder)))
			problems.push({
				file: e.path,
				message: `is not one of the site’s ${collection.name} (${ids.join(', ')}) — fix: remove the folder, or rename it to one of them`,
			});
		for (const id of ids.filter((i) => !present.has(i) && !content.entries.some((e) => e.collection === collection && e.folder === i)))
			problems.push({
				file: `content/${collection.folder}/${id}`,
				message: `is missing — fix: restore it from the repository’s history; the page ${entryPages[collection.name as EntryCollectionName](id)} shows it`,
			});
	}
	return problems;
}
