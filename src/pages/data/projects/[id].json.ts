import type { APIRoute } from 'astro';
import { catalogue, type Project } from '../../../catalogue/catalogue.ts';
import { localizePath } from '../../../i18n/routing.ts';
import { accentClass } from '../../../features/taxonomy/accent.ts';
import { optionLabel } from '../../../lib/labels.ts';
import { formatInvestment } from '../../../lib/money.ts';
import { routes } from '../../../lib/routes.ts';
import { pick } from '../../../lib/translation.ts';
import { PROJECT_STAGES } from '../../../schema/collections.ts';
import { LOCALES } from '../../../schema/fields.ts';

/** A project's card in both languages, for the shortlist page to show any project on demand. */
export async function getStaticPaths() {
	const [zh, en] = await Promise.all(LOCALES.map((l) => catalogue(l)));
	return zh!.projects.map((p) => ({ params: { id: p.id }, props: { zh: p, en: en!.project(p.id)! } }));
}

export const GET: APIRoute<{ zh: Project; en: Project }> = async ({ props }) => {
	const card = Object.fromEntries(
		await Promise.all(
			LOCALES.map(async (locale) => {
				const c = await catalogue(locale);
				const p = locale === 'en' ? props.en : props.zh;
				return [
					locale,
					{
						url: localizePath(routes.project(p.id), locale),
						title: p.data.title,
						facts: [formatInvestment(p.data.investment, locale), pick(c.prefecture(p.data.prefecture).name, locale), optionLabel(PROJECT_STAGES, p.data.stage, locale)],
						industry: pick(c.industry(p.data.industry).name, locale),
					},
				];
			})
		)
	);
	return Response.json({ id: props.zh.id, code: props.zh.data.code, accent: accentClass(props.zh.data.industry), ...card });
};
