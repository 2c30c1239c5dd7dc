/**
 * The how-to-invest page's view of content/guide.yaml: each step with the policies it cites, as
 * links to their pages, and the government service platform where the step is done online.
 */
import type { Catalogue } from '../../catalogue/catalogue.ts';
import type { GuideStep } from '../../schema/collections.ts';
import type { LocalizedText } from '../../schema/fields.ts';
import { routes } from '../../lib/routes.ts';
import { langOf } from '../../lib/translation.ts';

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
	policies: GuideLink[];
	/** The platform's link, and the step's own links. */
	links: { name: LocalizedText; url: string }[];
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
		// The content check has made sure every reference names a policy.
		policies: s.policies.flatMap((id) => {
			const p = c.policy(id);
			return p ? [{ href: routes.policy(id), text: p.data.title, lang: langOf(p, 'title'), external: false }] : [];
		}),
		links: [...(s.online && services ? [services] : []), ...s.links],
	}));
}
