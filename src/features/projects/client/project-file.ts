/**
 * A project's data file (/data/projects/<id>.json, project-sheet.ts) in the browser: its card and
 * key facts, fetched on demand, and the facts drawn as lines (the compare table, the shortlist).
 */
import { routes } from '../../../lib/routes.ts';
import type { Locale } from '../../../schema/fields.ts';
import type { ProjectFile, SheetLine } from '../project-sheet.ts';

export type ProjectData = ProjectFile[Locale];

/** The project `id` in `locale`, or undefined when the site has no such project. */
export async function loadProject(id: string, locale: Locale): Promise<ProjectData | undefined> {
	const res = await fetch(routes.projectData(id));
	return res.ok ? ((await res.json()) as ProjectFile)[locale] : undefined;
}

/** Draws a fact's lines into `into`, each on a line of its own; a fact not given says so in `none`. */
export function fillLines(into: HTMLElement, lines: readonly SheetLine[], none: string): void {
	if (!lines.length) {
		const dash = document.createElement('span');
		dash.className = 'muted';
		dash.textContent = none;
		return void into.replaceChildren(dash);
	}
	into.replaceChildren(
		...lines.map((line) => {
			const el = document.createElement(line.href ? 'a' : 'span');
			el.className = 'fact-line';
			el.textContent = line.text;
			if (line.lang) el.lang = line.lang;
			if (line.href) (el as HTMLAnchorElement).href = line.href;
			return el;
		})
	);
}
