/**
 * Measures as each audience reads them: areas in 亩 for Chinese readers and in hectares (with the
 * 亩 kept) for others, travel times in minutes or hours with the language's own unit words.
 */
import type { Locale } from '../schema/fields.ts';
import { formatNumber } from './money.ts';

/** One 亩 is 666.67 m², a fifteenth of a hectare. */
export const MU_PER_HECTARE = 15;

export const hectaresFromMu = (mu: number): number => mu / MU_PER_HECTARE;

/** An area in 亩: “1,200 亩” in Chinese, “80 ha (1,200 mu)” in English. */
export function formatMu(mu: number, locale: Locale): string {
	if (locale === 'zh-CN') return `${formatNumber(mu, locale)} 亩`;
	const ha = hectaresFromMu(mu);
	return `${formatNumber(ha, locale, ha < 10 ? 1 : 0)} ha (${formatNumber(mu, locale)} mu)`;
}

const units = new Map<string, Intl.NumberFormat>();
function unitFormat(locale: Locale, unit: 'minute' | 'hour'): Intl.NumberFormat {
	const key = `${locale}/${unit}`;
	let format = units.get(key);
	if (!format)
		units.set(key, (format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 })));
	return format;
}

/** A travel time: minutes up to an hour and a half, hours (to the half hour) beyond. */
export function formatTravelTime(minutes: number, locale: Locale): string {
	if (minutes <= 90) return unitFormat(locale, 'minute').format(minutes);
	return unitFormat(locale, 'hour').format(Math.round(minutes / 30) / 2);
}
