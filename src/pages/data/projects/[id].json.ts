import type { APIRoute } from 'astro';
import { catalogue } from '../../../catalogue/catalogue.ts';
import { cardImage, projectCardData } from '../../../features/projects/card-data.ts';
import { projectSheet, type ProjectFile } from '../../../features/projects/project-sheet.ts';
import { LOCALES } from '../../../schema/fields.ts';

/**
 * A project's card and key facts in both languages, for the shortlist and the compare page to show
 * any project on demand, without the search index.
 */
export async function getStaticPaths() {
	const { projects } = await catalogue(LOCALES[0]);
	return projects.map((p) => ({ params: { id: p.id } }));
}

export const GET: APIRoute = async ({ params }) => {
	const cards = await Promise.all(
		LOCALES.map(async (locale) => {
			const c = await catalogue(locale);
			const project = c.project(params.id!)!;
			return [locale, { ...projectCardData(project, c), image: await cardImage(project), sheet: projectSheet(project, c) }] as const;
		})
	);
	return Response.json(Object.fromEntries(cards) as ProjectFile);
};
