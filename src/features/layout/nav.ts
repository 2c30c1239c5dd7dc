/** The site's main navigation, in its order: the header's menu, and the columns an empty search suggests. */
import type { UIKey } from '../../i18n/translate.ts';
import { routes } from '../../lib/routes.ts';

export const NAV: readonly (readonly [UIKey, string])[] = [
	['nav.projects', routes.projects],
	['nav.parks', routes.parks],
	['nav.policies', routes.policies],
	['why.title', routes.why],
	['guide.title', routes.guide],
	['nav.news', routes.news],
	['nav.industries', routes.industries],
	['nav.prefectures', routes.prefectures],
	['nav.expo', routes.expos],
	['nav.open', routes.open],
	['nav.interaction', routes.interaction],
	['nav.about', routes.about],
];
