import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../schema/fields.ts';
import { formatInvestment, investmentBand } from './money.ts';

/** Amounts in 万元 and how each language reads them. */
const READINGS: Record<Locale, [number, string][]> = {
	// 万元 below one 亿, 亿元 from there, and 万亿元 for a province’s output.
	'zh-CN': [
		[8000, '8,000万元'],
		[10000, '1亿元'],
		[350000, '35亿元'],
		[12345, '1.23亿元'],
		[315_340_000, '3.15万亿元'],
	],
	// CNY million and billion, and CNY trillion for a province’s output.
	en: [
		[8000, 'CNY 80 million'],
		[10000, 'CNY 100 million'],
		[350000, 'CNY 3.5 billion'],
		[1_200_000, 'CNY 12 billion'],
		[55, 'CNY 550,000'],
		[12345, 'CNY 123.5 million'],
		[315_340_000, 'CNY 3.15 trillion'],
		[99_990_000, 'CNY 999.9 billion'],
	],
};

describe('formatInvestment', () => {
	describe.each(LOCALES)('in %s', (locale) => {
		it.each(READINGS[locale])('shows %i 万元 as %s', (wan, shown) => {
			expect(formatInvestment(wan, locale)).toBe(shown);
		});
	});

	it('describes the same amount in both languages', () => {
		// 2.5亿元 = 250 million yuan: one stored number, two readings.
		expect(formatInvestment(25000, 'zh-CN')).toBe('2.5亿元');
		expect(formatInvestment(25000, 'en')).toBe('CNY 250 million');
	});
});

describe('investmentBand', () => {
	it.each([
		[9999, 'lt-1'],
		[10000, '1-5'],
		[49999, '1-5'],
		[50000, '5-10'],
		[100000, '10-50'],
		[499999, '10-50'],
		[500000, 'gte-50'],
		[5_000_000, 'gte-50'],
	])('%i 万元 falls in band %s', (wan, band) => {
		expect(investmentBand(wan)).toBe(band);
	});
});
