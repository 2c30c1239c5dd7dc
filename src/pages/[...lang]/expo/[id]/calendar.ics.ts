import type { APIRoute } from 'astro';
import { termPaths } from '../../../../catalogue/paths.ts';
import { site } from '../../../../catalogue/site.ts';
import { expoCalendar } from '../../../../features/expo/calendar.ts';
import { routes } from '../../../../lib/routes.ts';
import { pick } from '../../../../lib/translation.ts';
import type { Expo } from '../../../../schema/collections.ts';

export const getStaticPaths = () => termPaths((c) => c.expos);

/** The expo's days and agenda for the reader's calendar, in the page's language. */
export const GET: APIRoute<{ term: Expo }> = ({ props: { term }, locals: { locale, href, t, catalogue }, site: base }) => {
	const url = new URL(href(routes.expo(term.id)), base);
	const body = expoCalendar(term, {
		locale,
		url: url.href,
		host: url.host,
		stamp: catalogue.today,
		producer: pick(site.name, locale),
		words: { organiser: t('expo.organiser'), registration: t('expo.register') },
	});
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
