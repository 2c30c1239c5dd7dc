/**
 * The site's interface strings (zh-CN.ts defines the keys, en.ts translates them) and the one `t()`
 * that fills their placeholders. Pages get theirs from `Astro.locals.t` (src/middleware.ts).
 */
import type { Locale } from '../schema/fields.ts';
import en from './en.ts';
import { fill } from './fill.ts';
import zh from './zh-CN.ts';

export type UIKey = keyof typeof zh;
export const strings: Record<Locale, Record<UIKey, string>> = { 'zh-CN': zh, en };

export type Translate = (key: UIKey, vars?: Record<string, string | number>) => string;

/** The translator for a language; `{name}` placeholders are filled from `vars`. */
export function translator(locale: Locale): Translate {
	const table = strings[locale];
	return (key, vars) => fill(table[key], vars);
}

/** Joins the items of an inline list with the language's separator (、 in Chinese). */
export const joinList = (items: string[], locale: Locale) => items.join(strings[locale]['common.listSeparator']);

/** The strings a browser component needs, for its `data-strings` attribute (read by `stringsOf`). */
export const clientStrings = (t: Translate, keys: readonly UIKey[]) => JSON.stringify(Object.fromEntries(keys.map((key) => [key, t(key)])));
