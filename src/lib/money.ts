/**
 * Investment amounts are stored once, in 万元 (10,000 CNY), and shown the way each audience reads
 * money: 万元/亿元 in Chinese, CNY million/billion in English.
 */
import type { Locale } from '../schema/fields.ts';

const WAN_PER_YI = 10_000;

// Number formats are costly to create and every page formats dozens of figures: keep them.
const formats = new Map<string, Intl.NumberFormat>();

/** Up to `digits` decimals, without trailing zeros. */
function trim(n: number, digits: number, locale: string): string {
	const key = `${locale}/${digits}`;
	let format = formats.get(key);
	if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 })));
	return format.format(n);
}

/** An amount in yuan as each language reads money: 万元/亿元/万亿元 in Chinese, CNY million/billion/trillion in English. */
export function formatYuan(yuan: number, locale: Locale): string {
	if (locale === 'zh-CN') {
		if (yuan >= 1e12) return `${trim(yuan / 1e12, 2, 'zh-CN')}万亿元`;
		if (yuan >= 1e8) return `${trim(yuan / 1e8, 2, 'zh-CN')}亿元`;
		return yuan >= 1e4 ? `${trim(yuan / 1e4, 2, 'zh-CN')}万元` : `${trim(yuan, 2, 'zh-CN')}元`;
	}
	if (yuan >= 1e12) return `CNY ${trim(yuan / 1e12, 2, 'en')} trillion`;
	if (yuan >= 1e9) return `CNY ${trim(yuan / 1e9, 2, 'en')} billion`;
	if (yuan >= 1e6) return `CNY ${trim(yuan / 1e6, 1, 'en')} million`;
	return `CNY ${trim(yuan, 2, 'en')}`;
}

/** An amount stored in 万元, the unit of every investment figure in the content. */
export const formatInvestment = (wan: number, locale: Locale): string => formatYuan(wan * 10_000, locale);

/** Investment bands in 亿元, as investors filter them. */
export const INVESTMENT_BANDS = [
	{ id: 'lt-1', max: 1 },
	{ id: '1-5', max: 5 },
	{ id: '5-10', max: 10 },
	{ id: '10-50', max: 50 },
	{ id: 'gte-50', max: Infinity },
] as const;
export type InvestmentBand = (typeof INVESTMENT_BANDS)[number]['id'];

export function investmentBand(wan: number): InvestmentBand {
	const yi = wan / WAN_PER_YI;
	return INVESTMENT_BANDS.find((b) => yi < b.max)?.id ?? 'gte-50';
}

/** A plain number with grouping, e.g. 85,000 m², in the reader's convention. */
export function formatNumber(n: number, locale: Locale, digits = 2): string {
	return trim(n, digits, locale);
}
