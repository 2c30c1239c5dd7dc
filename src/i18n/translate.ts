/**
 * The site's interface strings (zh-CN.ts defines the keys, en.ts translates them) and the one `t()`
 * that fills their placeholders. Pages get theirs from `Astro.locals.t` (src/middleware.ts).
 */
import type { Bilingual, Locale } from '../schema/fields.ts';
import en from './en.ts';
import { render, type Message } from './plural.ts';
import zh from './zh-CN.ts';

export type UIKey = keyof typeof zh;
export const strings: Record<Locale, Record<UIKey, Message>> = { 'zh-CN': zh, en };

export interface Translate {
	/** The string as text: `{name}` placeholders filled from `vars`, a counted string's form chosen by `vars.n`. */
	(key: UIKey, vars?: Record<string, string | number>): string;
	/** The string as written, counted forms and all, for browser code to fill (see `clientStrings`). */
	message: (key: UIKey) => Message;
	/** A label before its value, with the language's colon (电话： / Tel: ): a string's, or a field's label. */
	label: (label: UIKey | Bilingual) => string;
}

/** The translator for a language. */
export function translator(locale: Locale): Translate {
	const table = strings[locale];
	const t = (key: UIKey, vars?: Record<string, string | number>) => render(table[key], locale, vars);
	return Object.assign(t, {
		message: (key: UIKey) => table[key],
		label: (label: UIKey | Bilingual) => (typeof label === 'string' ? t(label) : label[locale]) + t('common.colon'),
	});
}

/** Joins the items of an inline list with the language's separator (、 in Chinese). */
export const joinList = (items: string[], locale: Locale) => items.join(render(strings[locale]['common.listSeparator'], locale));

/** The strings a browser component needs, for its `data-strings` attribute (read by `stringsOf`). */
export const clientStrings = (t: Translate, keys: readonly UIKey[]) =>
	JSON.stringify(Object.fromEntries(keys.map((key) => [key, t.message(key)])));
