/** RSS feeds of the newest policies and news, one per language. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { localizePath } from '../../i18n/routing.ts';
import { translator } from '../../i18n/translate.ts';
import { isoDateTime } from '../../lib/dates.ts';
import { routes } from '../../lib/routes.ts';
import { pick } from '../../lib/translation.ts';
import type { Locale } from '../../schema/fields.ts';
import { site as settings } from '../../catalogue/site.ts';
import { catalogue } from '../../catalogue/catalogue.ts';

const sections = {
	policies: { title: 'policies.title', intro: 'policies.intro', link: routes.policy },
	news: { title: 'news.title', intro: 'news.intro', link: routes.newsItem },
} as const;

export function feed(section: keyof typeof sections): APIRoute<{ locale: Locale }> {
	const { title, intro, link } = sections[section];
	return async ({ props: { locale }, site }) => {
		const t = translator(locale);
		const entries = (await catalogue(locale))[section];
		return rss({
			title: `${pick(settings.name, locale)} · ${t(title)}`,
			description: t(intro),
			site: new URL(localizePath(routes.home, locale), site),
			items: entries.slice(0, 50).map((e) => ({
				title: e.data.title,
				description: e.data.summary,
				pubDate: new Date(isoDateTime(e.data.published)),
				link: localizePath(link(e.id), locale),
			})),
			customData: `<language>${locale}</language>`,
		});
	};
}
