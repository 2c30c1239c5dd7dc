import type { APIRoute } from 'astro';
import { catalogue } from '../../../catalogue/catalogue.ts';
import { cardImage, projectCardData } from '../../../features/projects/card-data.ts';
import { LOCALES } from '../../../schema/fields.ts';

/** A project's card in both languages, for the shortlist page to show any project on demand. */
export async function getStaticPaths() {
	const { projects } = await catalogue(LOCALES[0]);
	return projects.map((p) => ({ params: { id: p.id } }));
}

export const GET: APIRoute = async ({ params }) => {
	const cards = await Promise.all(
		LOCALES.map(async (locale) => {
			const c = await catalogue(locale);
			const project = c.project(params.id!)!;
			return [locale, { ...projectCardData(project, c), image: await cardImage(project) }] as const;
		})
	);
	return Response.json(Object.fromEntries(cards));
};
