import { describe, expect, it } from 'vitest';
import { formatMeasure } from '../../lib/measure.ts';
import { brokenRules, cases } from '../../schema/collections.ts';

const story = { title: '案例', year: 2025, published: '2026-03-18', updated: undefined };

describe('success stories', () => {
	it('give the investment in 万元 as plain English units, and in 万元 to Chinese readers', () => {
		const unit = cases.fields.investment.unit;
		expect(formatMeasure(120_000, unit, 'en')).toBe('CNY 1.2 billion');
		expect(formatMeasure(8_000, unit, 'en')).toBe('CNY 80 million');
		expect(formatMeasure(120_000, unit, 'zh-CN')).not.toMatch(/CNY|100m/);
	});

	it('refuse a story whose investment year comes after its publication, and accept the same year', () => {
		expect(brokenRules(cases.rules, { ...story, year: 2027 }).map((r) => r.field)).toEqual(['year']);
		expect(brokenRules(cases.rules, { ...story, year: 2026 })).toEqual([]);
	});

	it('refuse an update dated before publication', () => {
		expect(brokenRules(cases.rules, { ...story, updated: '2026-01-01' }).map((r) => r.field)).toEqual(['updated']);
	});

	it('keep the language-neutral facts out of the translation: only text is translated', () => {
		const translatable = Object.entries(cases.fields)
			.filter(([, f]) => f.translatable)
			.map(([name]) => name);
		expect(translatable.sort()).toEqual(['county', 'imageAlts', 'summary', 'support', 'title']);
	});
});
