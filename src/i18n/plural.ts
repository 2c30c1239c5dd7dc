/**
 * Messages that depend on a count. English needs “1 project” but “2 projects”; Chinese has one form
 * (“1 个项目”, “2 个项目”). A language file writes such a message as its forms, named as
 * Intl.PluralRules names them, and the form is chosen by the count `{n}` when the message is filled:
 * here, on the server and in the browser alike.
 */
import { fill } from './fill.ts';

/** The forms of a counted message: `other` always, `one` (and the rest) where the language has them. */
export type Plural = { readonly other: string } & { readonly [form in Exclude<Intl.LDMLPluralRule, 'other'>]?: string };

/** An interface string: plain text, or forms chosen by the count `{n}`. */
export type Message = string | Plural;

// One set of rules per language, made once: pages fill hundreds of counts.
const rules = new Map<string, Intl.PluralRules>();

/** The form of `plural` that fits `n` in `locale`. */
export function pluralForm(plural: Plural, locale: string, n: number): string {
	let r = rules.get(locale);
	if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
	return plural[r.select(n)] ?? plural.other;
}

/** The message as text, its form chosen by `vars.n` (a message without a count uses `other`) and placeholders filled. */
export function render(message: Message, locale: string, vars?: Record<string, string | number>): string {
	if (typeof message === 'string') return fill(message, vars);
	const n = vars?.n;
	return fill(typeof n === 'number' ? pluralForm(message, locale, n) : message.other, vars);
}
