import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { profile, type ProfileFigure } from '../../schema/collections.ts';
import { dataItemSchema } from '../../schema/zod.ts';
import { chartView, figureView, profileSections } from './profile.ts';
import { chartUnit } from './units.ts';

const schema = dataItemSchema(profile, { image: () => z.string() });
const en = { title: (label: string, unit: string) => `${label} (${unit})`, colon: ': ', separator: '; ' };
const zh = { title: (label: string, unit: string) => `${label}（${unit}）`, colon: '：', separator: '；' };

const gdp = {
	id: 'gdp',
	section: 'economy',
	label: { 'zh-CN': '地区生产总值', en: 'GDP' },
	value: 31534,
	unit: { 'zh-CN': '亿元', en: '' },
	source: { name: { 'zh-CN': '云南省统计局', en: 'Yunnan Bureau of Statistics' } },
	asOf: '2024-12-31',
	chart: 'line',
	series: [
		{ label: { 'zh-CN': '2023', en: '2023' }, value: 30021 },
		{ label: { 'zh-CN': '2024', en: '2024' }, value: 31534 },
	],
};
const parsed = (data: object) => schema.safeParse(data);
const messages = (data: object) => parsed(data).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('the why-invest figure schema', () => {
	it('accepts a figure with its source, date and a chart', () => {
		expect(messages(gdp)).toEqual([]);
	});

	it('requires a source and the date the figure was true', () => {
		const { source: _s, asOf: _a, ...bare } = gdp;
		const problems = messages(bare);
		expect(problems.some((m) => m.startsWith('source:'))).toBe(true);
		expect(problems.some((m) => m.startsWith('asOf:') && m.includes('required'))).toBe(true);
	});

	it('refuses a chart with fewer than two points, saying how to fix it', () => {
		expect(messages({ ...gdp, series: gdp.series.slice(0, 1) })).toEqual([
			'series: has fewer than two points, too few for a chart — fix: add at least two points, or clear “chart”',
		]);
	});

	it('refuses chart data without a chart kind', () => {
		const { chart: _c, ...noKind } = gdp;
		expect(messages(noKind)[0]).toMatch(/^chart: is missing although the figure has chart data/);
	});

	it('refuses an unknown section', () => {
		expect(messages({ ...gdp, section: 'weather' })[0]).toMatch(/^section: “weather” is not a known value/);
	});
});

describe('chartUnit', () => {
	it('converts Chinese money and weight units for English charts', () => {
		expect(chartUnit({ 'zh-CN': '亿元', en: '' }, 'en')).toEqual({ factor: 0.1, name: 'CNY billion' });
		expect(chartUnit({ 'zh-CN': '万吨', en: '' }, 'en')).toEqual({ factor: 0.01, name: 'million tonnes' });
		expect(chartUnit({ 'zh-CN': '亿元', en: '' }, 'zh-CN')).toEqual({ factor: 1, name: '亿元' });
	});

	it('keeps other units as written, and no unit as none', () => {
		expect(chartUnit({ 'zh-CN': '元/千瓦时', en: 'CNY per kWh' }, 'en')).toEqual({ factor: 1, name: 'CNY per kWh' });
		expect(chartUnit(undefined, 'en')).toEqual({ factor: 1, name: '' });
	});
});

describe('the figures as the page shows them', () => {
	const figure = parsed(gdp).data as ProfileFigure;

	it('reads the value as each language reads money', () => {
		expect(figureView(figure, 'zh-CN', zh).value).toBe('3.15万亿元');
		expect(figureView(figure, 'en', en).value).toBe('CNY 3.15 trillion');
	});

	it('draws the series in the page’s unit, named in the chart’s title and read out in its description', () => {
		const chart = chartView(figure, 'en', en)!;
		expect(chart.title).toBe('GDP (CNY billion)');
		expect(chart.description).toBe('2023: 3,002.1; 2024: 3,153.4');
		expect(chart.line?.points.map((p) => p.text)).toEqual(['3,002.1', '3,153.4']);
		expect(chart.bar).toBeUndefined();
		const chinese = chartView(figure, 'zh-CN', zh)!;
		expect(chinese.title).toBe('地区生产总值（亿元）');
		expect(chinese.description).toBe('2023：30,021；2024：31,534');
	});

	it('has no chart without a series', () => {
		expect(chartView({ ...figure, chart: undefined, series: [] }, 'en', en)).toBeUndefined();
	});

	it('groups figures by section in the page’s order, leaving out empty sections', () => {
		const costs = { ...figure, id: 'power', section: 'costs' as const };
		const sections = profileSections([costs, figure], 'en', en);
		expect(sections.map((s) => [s.id, s.figures.map((f) => f.id)])).toEqual([
			['economy', ['gdp']],
			['costs', ['power']],
		]);
		expect(sections[0]!.label).toBe('Economy');
	});
});
