/**
 * Every figure with a unit on the site is written here, so that a unit reads the same on every page,
 * in the CMS preview and on the map. The schema gives a number field its unit in both languages
 * (src/schema/collections.ts); its Chinese unit is the one editors enter the number in. Units
 * Chinese readers know and others do not are converted for English readers: 万元 and 亿元 to CNY
 * million or billion, and mu (亩) given with hectares as well (1 mu = 666.67 m², 15 mu = 1 ha).
 */
import { pluralForm, type Plural } from '../i18n/plural.ts';
import type { Bilingual, Locale } from '../schema/fields.ts';
import { formatNumber, formatYuan } from './money.ts';

/** Mu in a hectare: the 市亩 is defined as 10,000/15 m². */
export const MU_PER_HECTARE = 15;

/** Hectares to the precision a reader needs: whole hectares from 100 up, two decimals under 10. */
export const formatHectares = (mu: number, locale: Locale) => {
	const ha = mu / MU_PER_HECTARE;
	return formatNumber(ha, locale, ha >= 100 ? 0 : ha >= 10 ? 1 : 2);
};

type Reading = (value: number, locale: Locale) => string;

// Keyed by the Chinese unit, the one the number is stored in.
const READINGS: Record<string, Reading> = {
	万元: (n, locale) => formatYuan(n * 10_000, locale),
	亿元: (n, locale) => formatYuan(n * 100_000_000, locale),
	元: (n, locale) => formatYuan(n, locale),
	亩: (n, locale) => (locale === 'en' ? `${formatNumber(n, locale)} mu (${formatHectares(n, locale)} ha)` : `${formatNumber(n, locale)}亩`),
	'元/亩': (n, locale) =>
		locale === 'en'
			? `CNY ${formatNumber(n, locale)} per mu (${formatYuan(n * MU_PER_HECTARE, locale)} per hectare)`
			: `${formatNumber(n, locale)}元/亩`,
	万吨: (n, locale) => (locale === 'en' ? `${formatNumber(n / 100, locale)} million tonnes` : `${formatNumber(n, locale)}万吨`),
	// A percentage sign follows the figure without a space in both languages.
	'%': (n, locale) => `${formatNumber(n, locale)}%`,
	年: (n, locale) => (locale === 'en' ? `${formatNumber(n, locale)} ${pluralForm(YEARS, 'en', n)}` : `${formatNumber(n, locale)}年`),
};
const YEARS: Plural = { one: 'year', other: 'years' };

/**
 * A number with its unit, e.g. “CNY 130 billion”, “600 mu (40 ha)” or “CNY 0.48 per kWh” in English
 * and “1,300亿元”, “600亩”, “0.48元/千瓦时” in Chinese. A unit the language leaves out (English
 * writes “420 enterprises” as a bare figure under its label) gives the bare number.
 */
export function formatMeasure(value: number, unit: Bilingual | undefined, locale: Locale): string {
	const reading = unit && READINGS[unit['zh-CN']];
	if (reading) return reading(value, locale);
	const n = formatNumber(value, locale);
	const name = unit?.[locale];
	if (!name) return n;
	if (locale === 'zh-CN') return `${n}${name}`;
	// English puts the currency before the figure: “CNY 0.48 per kWh”, not “0.48 CNY per kWh”.
	return name.startsWith('CNY ') ? `CNY ${n} ${name.slice(4)}` : `${n} ${name}`;
}

/** `formatMeasure` for a value that may be missing: no value, no text. */
export const measure = (value: number | undefined, unit: Bilingual | undefined, locale: Locale) =>
	value === undefined ? undefined : formatMeasure(value, unit, locale);

const timeUnits = new Map<string, Intl.NumberFormat>();
function timeUnit(locale: Locale, unit: 'minute' | 'hour'): Intl.NumberFormat {
	const key = `${locale}/${unit}`;
	let format = timeUnits.get(key);
	if (!format)
		timeUnits.set(key, (format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 })));
	return format;
}

/** A travel time: minutes up to an hour and a half, hours (to the half hour) beyond. */
export function formatTravelTime(minutes: number, locale: Locale): string {
	if (minutes <= 90) return timeUnit(locale, 'minute').format(minutes);
	return timeUnit(locale, 'hour').format(Math.round(minutes / 30) / 2);
}
