/**
 * The how-to-invest page's view of content/guide.yaml: each step with the policies it cites, as
 * links to their pages, and the government service platform where the step is done online.
 */
import type { Catalogue } from '../../catalogue/catalogue.ts';
import type { UIKey } from '../../i18n/translate.ts';
import type { GuideStep } from '../../schema/collections.ts';
import type { LocalizedText } from '../../schema/fields.ts';
import { routes } from '../../lib/routes.ts';
import { langOf, pick, pickedLang } from '../../lib/translation.ts';

export interface GuideLink {
	/** A site path (language-neutral) or an absolute address. */
	href: string;
	text: string;
	/** The text's `lang` where it is shown in Chinese on an English page. */
	lang?: string | undefined;
	external: boolean;
}

export interface StepView {
	id: string;
	title: LocalizedText;
	what: LocalizedText;
	where: LocalizedText;
	time: LocalizedText;
	/**
	 * The policies the step cites, then the platform's link and the step's own links, each list
	 * under its heading; a list with no link is left out.
	 */
	references: { heading: UIKey; links: GuideLink[] }[];
}

/** The steps in their order, their policy references resolved in the catalogue's language. */
export function guideSteps(
	steps: readonly GuideStep[],
	c: Catalogue,
	services: { name: LocalizedText; url: string } | undefined
): StepView[] {
	return steps.map((s) => ({
		id: s.id,
		title: s.title,
		what: s.what,
		where: s.where,
		time: s.time,
		references: (
			[
				{
					heading: 'guide.policies',
					// The content check has made sure every reference names a policy.
					links: s.policies.flatMap((id) => {
						const p = c.policy(id);
						return p ? [{ href: routes.policy(id), text: p.data.title, lang: langOf(p, 'title'), external: false }] : [];
					}),
				},
				{
					heading: 'guide.links',
					links: [...(s.online && services ? [services] : []), ...s.links].map((l) => ({
						href: l.url,
						text: pick(l.name, c.locale),
						lang: pickedLang(l.name, c.locale),
						external: true,
					})),
				},
			] as const
		).filter((r) => r.links.length > 0),
	}));
}
