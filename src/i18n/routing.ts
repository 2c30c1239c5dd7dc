/**
 * URLs per language: Chinese at the root, English under /en/. Every page exists in both
 * languages at the same path, so switching language keeps the page.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../schema/fields.ts';

const PREFIX: Record<Locale, string> = { 'zh-CN': '', en: '/en' };

/** The `[...lang]` route parameter for a locale: none for Chinese, `en` for English. */
export const langParam = (locale: Locale): string | undefined => (locale === DEFAULT_LOCALE ? undefined : 'en');

export function localeOfPath(pathname: string): Locale {
	return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : DEFAULT_LOCALE;
}

/** The path without its language prefix, always starting with `/`. */
export function stripLocale(pathname: string): string {
	return localeOfPath(pathname) === 'en' ? pathname.slice(3) || '/' : pathname;
}

/** Prefixes a site path (starting with `/`) for the given language. */
export function localizePath(path: string, locale: Locale): string {
	return `${PREFIX[locale]}${path}`;
}

/** The same page in another language. */
export function translatePath(pathname: string, locale: Locale): string {
	return localizePath(stripLocale(pathname), locale);
}

/** Static paths for a page that exists once per language; it reads the language from `Astro.locals`. */
export const perLocale = <P extends object>(props: (locale: Locale) => P = () => ({}) as P) =>
	LOCALES.map((locale) => ({ params: { lang: langParam(locale) }, props: props(locale) }));
