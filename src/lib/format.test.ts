import { describe, expect, it } from 'vitest';
import { formatMu, formatTravelTime, hectaresFromMu } from './format.ts';

describe('areas in 亩', () => {
	it('stay in 亩 for Chinese readers and read in hectares for others', () => {
		expect(hectaresFromMu(1500)).toBe(100);
		expect(formatMu(1200, 'zh-CN')).toBe('1,200 亩');
		expect(formatMu(1200, 'en')).toBe('80 ha (1,200 mu)');
		expect(formatMu(20, 'en')).toBe('1.3 ha (20 mu)');
	});
});

describe('travel times', () => {
	it('are minutes up to an hour and a half, with the language’s plural', () => {
		expect(formatTravelTime(1, 'en')).toBe('1 minute');
		expect(formatTravelTime(45, 'en')).toBe('45 minutes');
		expect(formatTravelTime(45, 'zh-CN')).toBe('45分钟');
	});

	it('are hours, to the half hour, beyond', () => {
		expect(formatTravelTime(150, 'en')).toBe('2.5 hours');
		expect(formatTravelTime(175, 'zh-CN')).toBe('3小时');
	});
});
