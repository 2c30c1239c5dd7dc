/**
 * How browser code starts, everywhere on the site (as govuk-frontend's `createAll`): a component is
 * a function of its root element, started once for each element that names it with `data-module`,
 * and reads what it needs from that element's `data-*` attributes through a typed schema. Its
 * interface strings come the same way, in `data-strings`, and are filled by one `t()` (counts included).
 */
import { render, type Message } from '../i18n/plural.ts';

type Kind = 'string' | 'number' | 'boolean' | 'json';
type Value<K extends Kind> = K extends 'number' ? number : K extends 'boolean' ? boolean : K extends 'json' ? unknown : string;
export type ConfigSchema = Record<string, Kind>;
export type Config<S extends ConfigSchema> = { [K in keyof S]: Value<S[K]> };

/** Reads a component's configuration from its `data-*` attributes; a missing one is an error in the page. */
export function readConfig<S extends ConfigSchema>(root: HTMLElement, schema: S): Config<S> {
	const config: Record<string, unknown> = {};
	for (const [name, kind] of Object.entries(schema)) {
		const text = root.dataset[name];
		if (text === undefined)
			throw new Error(`${root.dataset.module ?? root.tagName}: data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} is missing`);
		config[name] = kind === 'number' ? Number(text) : kind === 'boolean' ? text !== 'false' : kind === 'json' ? JSON.parse(text) : text;
	}
	return config as Config<S>;
}

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** The component's interface strings (`data-strings`, written by `clientStrings`) as a `t()`. */
export function stringsOf(root: HTMLElement): Translate {
	const strings = JSON.parse(root.dataset.strings ?? '{}') as Record<string, Message>;
	// Counted strings take the form of the page's language (“1 project”, “2 projects”).
	const { lang } = document.documentElement;
	return (key, vars) => render(strings[key] ?? key, lang, vars);
}

const started = new Map<string, WeakSet<HTMLElement>>();

/** Starts `start` once on every element with `data-module="name"`, now or when the page is parsed. */
export function createAll(name: string, start: (root: HTMLElement) => void, scope: ParentNode = document): void {
	const done = started.get(name) ?? new WeakSet<HTMLElement>();
	started.set(name, done);
	const run = () => {
		for (const root of scope.querySelectorAll<HTMLElement>(`[data-module~="${name}"]`)) {
			if (done.has(root)) continue;
			done.add(root);
			start(root);
		}
	};
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
	else run();
}
