/**
 * Every page's context, set in one place: its language, the translator for it and the content in
 * it, on `Astro.locals`. Components read them there instead of passing a locale down, as Starlight
 * does with its route data.
 */
import { defineMiddleware } from 'astro:middleware';
import { catalogue } from './catalogue/catalogue.ts';
import { localeOfPath, localizePath } from './i18n/routing.ts';
import { translator } from './i18n/translate.ts';
import { pick } from './lib/translation.ts';

export const onRequest = defineMiddleware(async ({ locals, url }, next) => {
	const locale = localeOfPath(url.pathname);
	locals.locale = locale;
	locals.t = translator(locale);
	locals.href = (path) => localizePath(path, locale);
	locals.catalogue = await catalogue(locale);
	locals.intro = (column) => pick(locals.catalogue.column(column), locale);
	return next();
});
