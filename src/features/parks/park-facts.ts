/** The fact lists of a park's page: its key facts, what a plant here pays, its utilities and how far it is. */
import type { Fact } from '../../components/Facts.astro';
import type { Park } from '../../catalogue/catalogue.ts';
import { fieldLabels, optionLabel } from '../../lib/labels.ts';
import { formatTravelTime, measure } from '../../lib/measure.ts';
import { pick, pickedLang } from '../../lib/translation.ts';
import { placeFacts } from '../taxonomy/place-facts.ts';
import { PARK_KINDS, PARK_LEVELS, TRANSPORT_DESTINATIONS, parks } from '../../schema/collections.ts';
import type { Bilingual, Locale } from '../../schema/fields.ts';

const f = parks.fields;

export function parkFacts(entry: Park, page: App.Locals): Fact[] {
	const { locale, t } = page;
	const p = entry.data;
	const label = fieldLabels(parks, locale);
	return [
		{ label: label('level'), value: optionLabel(PARK_LEVELS, p.level, locale) },
		{ label: label('kind'), value: optionLabel(PARK_KINDS, p.kind, locale) },
		...placeFacts(entry, label, page),
		{ label: label('areaKm2'), value: measure(p.areaKm2, f.areaKm2.unit, locale) },
		{ label: label('availableLand'), value: measure(p.availableLand, f.availableLand.unit, locale) },
		{ label: label('founded'), value: p.founded },
		{ label: label('enterprises'), value: measure(p.enterprises, f.enterprises.unit, locale) },
		{ label: label('annualOutput'), value: measure(p.annualOutput, f.annualOutput.unit, locale) },
		{ label: t('parks.coordinates'), value: `${p.location.lat.toFixed(4)}° N, ${p.location.lng.toFixed(4)}° E` },
	];
}

/** Every figure of a group of measures (costs, utilities) the editor gave, labelled and with its unit. */
function measures<F extends Record<string, { label: Bilingual; unit?: Bilingual | undefined }>>(
	fields: F,
	values: Partial<Record<keyof F, number>>,
	locale: Locale
): Fact[] {
	return (Object.keys(fields) as (keyof F)[])
		.map((k) => ({ label: fields[k]!.label[locale], value: measure(values[k], fields[k]!.unit, locale) }))
		.filter((fact) => fact.value !== undefined);
}

// Every cost is a measure but the date they were true, which is said beside them.
const { asOf: _asOf, ...costFields } = f.costs.fields;

/** What a plant here pays: land, power, water, gas, rent, wages. */
export const parkCosts = (entry: Park, locale: Locale): Fact[] => measures(costFields, entry.data.costs ?? {}, locale);

/** The power, water and gas a plant can draw. */
export const parkUtilities = (entry: Park, locale: Locale): Fact[] => measures(f.utilities.fields, entry.data.utilities ?? {}, locale);

/** How long it takes from the park to an airport, a port, a railway station or the border. */
export const parkTravel = (entry: Park, locale: Locale): Fact[] =>
	entry.data.transport.map((r) => ({
		label: `${optionLabel(TRANSPORT_DESTINATIONS, r.kind, locale)} · ${pick(r.place, locale)}`,
		lang: pickedLang(r.place, locale),
		value: formatTravelTime(r.minutes, locale),
	}));
