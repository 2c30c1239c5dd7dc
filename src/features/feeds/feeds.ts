/** RSS feeds of the newest policies and news, one per language (the route's, from `locals`). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { site as settings } from '../../catalogue/site.ts';
import { isoDateTime } from '../../lib/dates.ts';
import { routes } from '../../lib/routes.ts';
import { pick } from '../../lib/translation.ts';

const sections = {
	policies: { title: 'policies.title', link: routes.policy },
	news: { title: 'news.title', link: routes.newsItem },
} as const;

export function feed(section: keyof typeof sections): APIRoute {
	const { title, link } = sections[section];
	return ({ locals: { locale, t, href, catalogue }, site }) => {
		const entries = catalogue[section];
		return rss({
			title: `${pick(settings.name, locale)} · ${t(title)}`,
			description: pick(catalogue.column(section), locale),
			site: new URL(href(routes.home), site),
			items: entries.slice(0, 50).map((e) => ({
				title: e.data.title,
				description: e.data.summary,
				pubDate: new Date(isoDateTime(e.data.published)),
				link: href(link(e.id)),
			})),
			customData: `<language>${locale}</language>`,
		});
	};
}
