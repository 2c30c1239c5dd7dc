import type { Bilingual, Locale, Option } from '../schema/fields.ts';

/** The label of an enum value, from its declaration in the schema. */
export function optionLabel<V extends string>(options: readonly Option<V>[], value: V, locale: Locale): string {
	return options.find((o) => o.value === value)?.label[locale] ?? value;
}

/** The labels of a collection's fields in one language, from the schema: `label('investor')`. */
export function fieldLabels<F extends Record<string, { label: Bilingual }>>(collection: { fields: F }, locale: Locale) {
	return (name: keyof F & string): string => collection.fields[name]!.label[locale];
}
