/**
 * The content check: every rule a build enforces on `content/`, in one pass, with one message per
 * problem naming the file, the field and the fix. It runs before `astro build` writes anything
 * (see `src/integrations/content-check.ts`), in `npm run check:content`, and in unit tests.
 */
import { entryCollections } from '../schema/collections.ts';
import { loadContent, validEntries } from './load.ts';
import { formatProblems, type Problem } from './problem.ts';
import { RULES } from './rules/index.ts';

export { formatProblem, formatProblems, type Problem } from './problem.ts';

export interface CheckResult {
	problems: Problem[];
	/** Entries and items found per collection, for the summary line. */
	counts: Record<string, number>;
}

export function checkContent(root: string): CheckResult {
	const content = loadContent(root);
	const counts: Record<string, number> = {};
	for (const d of content.data) if (d.items) counts[d.collection.name] = d.items.length;
	for (const c of Object.values(entryCollections)) counts[c.name] = 0;
	for (const e of validEntries(content)) counts[e.collection.name]! += 1;
	return { problems: [...content.unreadable, ...RULES.flatMap((rule) => rule(content))], counts };
}

/**
 * For readers of content that must be valid before anything else runs (astro.config.mjs reads the
 * settings and taxonomies): the content check's full report, so the editor sees every problem the
 * build would name; the reader's own error where the check finds none.
 */
export function contentError(root: string, readerError: unknown): Error {
	const { problems } = checkContent(root);
	return problems.length ? new Error(formatProblems(problems)) : (readerError as Error);
}
