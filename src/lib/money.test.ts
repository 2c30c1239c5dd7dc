import { describe, expect, it } from 'vitest';
import { formatInvestment, investmentBand } from './money.ts';

describe('formatInvestment', () => {
	it('shows Chinese amounts in 万元 below one 亿 and in 亿元 from there', () => {
		expect(formatInvestment(8000, 'zh-CN')).toBe('8,000万元');
		expect(formatInvestment(10000, 'zh-CN')).toBe('1亿元');
		expect(formatInvestment(350000, 'zh-CN')).toBe('35亿元');
		expect(formatInvestment(12345, 'zh-CN')).toBe('1.23亿元');
	});

	it('shows English amounts in CNY million and billion', () => {
		expect(formatInvestment(8000, 'en')).toBe('CNY 80 million');
		expect(formatInvestment(10000, 'en')).toBe('CNY 100 million');
		expect(formatInvestment(350000, 'en')).toBe('CNY 3.5 billion');
		expect(formatInvestment(1_200_000, 'en')).toBe('CNY 12 billion');
		expect(formatInvestment(55, 'en')).toBe('CNY 550,000');
		expect(formatInvestment(12345, 'en')).toBe('CNY 123.5 million');
	});

	it('reads a province’s output in trillions: 万亿元 and CNY trillion', () => {
		expect(formatInvestment(315_340_000, 'zh-CN')).toBe('3.15万亿元');
		expect(formatInvestment(315_340_000, 'en')).toBe('CNY 3.15 trillion');
		expect(formatInvestment(99_990_000, 'en')).toBe('CNY 999.9 billion');
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
