import type { Locale, Option } from '../schema/fields.ts';

/** The label of an enum value, from its declaration in the schema. */
export function optionLabel<V extends string>(options: readonly Option<V>[], value: V, locale: Locale): string {
	return options.find((o) => o.value === value)?.label[locale] ?? value;
}
