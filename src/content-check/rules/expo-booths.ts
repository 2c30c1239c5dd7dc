/**
 * A booth is given only for a project featured at that expo: the project's own “Expos” field says
 * where it is featured, the expo says only where it stands, so the two cannot tell different stories.
 */
import { validEntries, type Content } from '../load.ts';
import type { Problem } from '../problem.ts';

export function expoBoothsRule(content: Content): Problem[] {
	const expos = content.data.find((d) => d.collection.name === 'expos');
	if (!expos?.items) return [];
	const featured = new Map<string, string[]>();
	for (const e of validEntries(content))
		if (e.collection.name === 'projects' && e.id) featured.set(e.id, (e.data.expos as string[] | undefined) ?? []);
	const problems: Problem[] = [];
	expos.items.forEach((expo, i) => {
		((expo.booths as { project: string }[] | undefined) ?? []).forEach(({ project }, j) => {
			const lists = featured.get(project);
			// An unknown project is the references rule's to report.
			if (!lists || lists.includes(String(expo.id))) return;
			problems.push({
				file: expos.file,
				field: `expos[${i}].booths[${j}].project`,
				label: expos.collection.item.booths?.label['zh-CN'],
				message: `project “${project}” is not featured at ${String(expo.id)} — fix: add ${String(expo.id)} to the project’s “expos”, or remove this booth`,
			});
		});
	});
	return problems;
}
