/** Which content file a page of the built site shows, so a finding on a page names what to edit. */
import { entryPages } from '../../../lib/routes.ts';
import type { EntryCollectionName } from '../../../schema/collections.ts';
import type { InspectContext } from '../context.ts';

const ENGLISH = /^\/en(?=\/)/;

export function pageSources(ctx: InspectContext): (page: string) => string | undefined {
	const sources = new Map<string, string>();
	const collections = ['parks', 'projects', 'policies', 'interpretations', 'news'] as const satisfies EntryCollectionName[];
	for (const name of collections) for (const e of ctx[name]) sources.set(entryPages[name](e.id), e.file);
	return (page) => {
		const file = sources.get(page.replace(ENGLISH, ''));
		// English pages show the English file beside the Chinese one.
		return file && ENGLISH.test(page) ? file.replace(/index\.zh-CN\.md$/, 'index.en.md') : file;
	};
}

/** A few pages by name and how many more, for findings that repeat across the site. */
export function somePages(pages: readonly string[], shown = 3): string {
	const unique = [...new Set(pages)];
	const more = unique.length - shown;
	return unique.slice(0, shown).join(', ') + (more > 0 ? ` (+${more})` : '');
}
