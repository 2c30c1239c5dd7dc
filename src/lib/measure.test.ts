import { describe, expect, it } from 'vitest';
import { parks, projects } from '../schema/collections.ts';
import { formatHectares, formatMeasure, formatTravelTime, measure } from './measure.ts';

const cost = parks.fields.costs.fields;
const returns = projects.fields.returns.fields;

describe('formatMeasure', () => {
	it('writes money in 亿元 and 万元 as CNY billion and million in English', () => {
		expect(formatMeasure(1300, parks.fields.annualOutput.unit, 'en')).toBe('CNY 130 billion');
		expect(formatMeasure(3.5, parks.fields.annualOutput.unit, 'en')).toBe('CNY 350 million');
		expect(formatMeasure(35000, projects.fields.investment.unit, 'en')).toBe('CNY 350 million');
		expect(formatMeasure(1500, returns.annualTax.unit, 'en')).toBe('CNY 15 million');
	});

	it('keeps 亿元 and 万元 in Chinese', () => {
		expect(formatMeasure(1300, parks.fields.annualOutput.unit, 'zh-CN')).toBe('1,300亿元');
		expect(formatMeasure(0.5, parks.fields.annualOutput.unit, 'zh-CN')).toBe('5,000万元');
		expect(formatMeasure(35000, projects.fields.investment.unit, 'zh-CN')).toBe('3.5亿元');
	});

	it('gives areas in mu with hectares in English, in 亩 in Chinese', () => {
		expect(formatMeasure(600, projects.fields.landArea.unit, 'en')).toBe('600 mu (40 ha)');
		expect(formatMeasure(20000, projects.fields.landArea.unit, 'en')).toBe('20,000 mu (1,333 ha)');
		expect(formatMeasure(80, projects.fields.landArea.unit, 'en')).toBe('80 mu (5.33 ha)');
		expect(formatMeasure(600, projects.fields.landArea.unit, 'zh-CN')).toBe('600亩');
	});

	it('gives land prices per mu also per hectare in English', () => {
		expect(formatMeasure(420000, cost.landPrice.unit, 'en')).toBe('CNY 420,000 per mu (CNY 6.3 million per hectare)');
		expect(formatMeasure(420000, cost.landPrice.unit, 'zh-CN')).toBe('420,000元/亩');
	});

	it('puts the currency before the figure in English', () => {
		expect(formatMeasure(0.48, cost.electricity.unit, 'en')).toBe('CNY 0.48 per kWh');
		expect(formatMeasure(16, cost.factoryRent.unit, 'en')).toBe('CNY 16 per m² per month');
		expect(formatMeasure(0.48, cost.electricity.unit, 'zh-CN')).toBe('0.48元/千瓦时');
	});

	it('counts years in English', () => {
		expect(formatMeasure(1, returns.paybackYears.unit, 'en')).toBe('1 year');
		expect(formatMeasure(6.5, returns.paybackYears.unit, 'en')).toBe('6.5 years');
		expect(formatMeasure(6, returns.paybackYears.unit, 'zh-CN')).toBe('6年');
	});

	it('leaves out a unit the language does not write', () => {
		expect(formatMeasure(2600, parks.fields.enterprises.unit, 'en')).toBe('2,600');
		expect(formatMeasure(2600, parks.fields.enterprises.unit, 'zh-CN')).toBe('2,600家');
		expect(formatMeasure(159.6, parks.fields.areaKm2.unit, 'en')).toBe('159.6 km²');
		expect(formatMeasure(12, undefined, 'en')).toBe('12');
	});

	it('writes 万吨 as million tonnes in English and a percentage without a space', () => {
		const tonnes = { 'zh-CN': '万吨', en: '' };
		expect(formatMeasure(6500, tonnes, 'en')).toBe('65 million tonnes');
		expect(formatMeasure(6500, tonnes, 'zh-CN')).toBe('6,500万吨');
		expect(formatMeasure(12.5, returns.irr.unit, 'en')).toBe('12.5%');
		expect(formatMeasure(12.5, returns.irr.unit, 'zh-CN')).toBe('12.5%');
	});

	it('gives no text for no value', () => {
		expect(measure(undefined, projects.fields.landArea.unit, 'en')).toBeUndefined();
	});
});

describe('formatHectares', () => {
	it('converts at 15 mu to the hectare', () => {
		expect(formatHectares(15, 'en')).toBe('1');
		expect(formatHectares(1, 'en')).toBe('0.07');
		expect(formatHectares(225, 'en')).toBe('15');
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
