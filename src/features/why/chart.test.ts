import { describe, expect, it } from 'vitest';
import { CHART_WIDTH, barChart, describePoints, lineChart, niceDomain, niceStep, textWidth } from './chart.ts';

const format = (n: number) => String(n);

describe('niceStep', () => {
	it('cuts a span into round steps', () => {
		expect(niceStep(100, 4)).toBe(25);
		expect(niceStep(4387, 4)).toBe(2000);
		expect(niceStep(0.21, 4)).toBe(0.1);
		expect(niceStep(31.9, 4)).toBe(10);
	});

	it('never returns a zero or negative step', () => {
		expect(niceStep(0, 4)).toBe(1);
		expect(niceStep(-5, 4)).toBe(1);
	});
});

describe('niceDomain', () => {
	it('starts bars at zero and ends on a round tick above the largest value', () => {
		expect(niceDomain([13.3, 31.9], { fromZero: true })).toEqual({ min: 0, max: 40, ticks: [0, 10, 20, 30, 40] });
	});

	it('lets a line start near its lowest value, on a round tick', () => {
		const d = niceDomain([27147, 28954, 30021, 31534], { fromZero: false });
		expect(d.min).toBe(26000);
		expect(d.max).toBe(32000);
		expect(d.ticks[0]).toBe(d.min);
		expect(d.ticks.at(-1)).toBe(d.max);
		expect(d.min).toBeLessThanOrEqual(27147);
	});

	it('gives a flat series a span', () => {
		const d = niceDomain([5, 5], { fromZero: false });
		expect(d.max).toBeGreaterThan(d.min);
	});

	it('keeps decimal ticks as written', () => {
		expect(niceDomain([0.45, 0.66], { fromZero: true }).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
	});
});

describe('textWidth', () => {
	it('counts a Chinese character as a full em and Latin as about 0.6', () => {
		expect(textWidth('越南', 10)).toBe(20);
		expect(textWidth('2024', 10)).toBeCloseTo(24.8, 5);
	});
});

describe('barChart', () => {
	const points = [
		{ label: 'Yunnan', value: 0.45 },
		{ label: 'Guangdong', value: 0.66 },
	];
	const chart = barChart(points, format);

	it('draws one row per point, in order, inside the box', () => {
		expect(chart.bars.map((b) => b.label)).toEqual(['Yunnan', 'Guangdong']);
		expect(chart.height).toBe(60);
		expect(chart.bars[1]!.y).toBeGreaterThan(chart.bars[0]!.y + chart.bars[0]!.height);
		for (const b of chart.bars) expect(b.valueX + textWidth(b.text)).toBeLessThanOrEqual(CHART_WIDTH);
	});

	it('makes bar lengths proportional to the values, from one baseline', () => {
		const [a, b] = chart.bars;
		expect(a!.x).toBe(b!.x);
		expect(a!.width / b!.width).toBeCloseTo(0.45 / 0.66, 5);
	});

	it('prints each value after its bar and each label before the bars', () => {
		for (const b of chart.bars) {
			expect(b.valueX).toBeGreaterThan(b.x + b.width);
			expect(b.text).toBe(format(points.find((p) => p.label === b.label)!.value));
		}
		expect(chart.labelX).toBeLessThan(chart.bars[0]!.x);
		expect(chart.labelX).toBeGreaterThanOrEqual(textWidth('Guangdong'));
	});

	it('sets short labels beside the bars, right-aligned', () => {
		expect(chart.labelAnchor).toBe('end');
		for (const b of chart.bars) expect(b.labelY).toBe(b.textY);
	});

	it('sets labels too long to sit beside the bars above them, the bars taking the full width', () => {
		const long = barChart(
			[
				{ label: 'Projects', value: 12.4 },
				{ label: 'Contracted investment', value: 17.8 },
			],
			format
		);
		expect(long.labelAnchor).toBe('start');
		expect(long.labelX).toBe(0);
		for (const b of long.bars) {
			expect(b.x).toBe(0);
			expect(b.labelY).toBeLessThan(b.y);
			expect(b.valueX + textWidth(b.text)).toBeLessThanOrEqual(CHART_WIDTH);
		}
		// Each label sits in its own row, clear of the bar above it.
		expect(long.bars[1]!.labelY - 13).toBeGreaterThan(long.bars[0]!.y + long.bars[0]!.height);
		expect(long.height).toBeGreaterThanOrEqual(long.bars[1]!.y + long.bars[1]!.height);
	});
});

describe('lineChart', () => {
	const points = ['2021', '2022', '2023', '2024'].map((label, i) => ({ label, value: [27147, 28954, 30021, 31534][i]! }));
	const chart = lineChart(points, format);

	it('spreads the points evenly from left to right', () => {
		const xs = chart.points.map((p) => p.x);
		expect(xs[0]).toBeCloseTo(chart.plot.left, 0);
		expect(xs.at(-1)).toBeCloseTo(chart.plot.right, 0);
		expect(xs[2]! - xs[1]!).toBeCloseTo(xs[1]! - xs[0]!, 0);
	});

	it('puts higher values higher up, within the plot', () => {
		const ys = chart.points.map((p) => p.y);
		for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeLessThan(ys[i - 1]!);
		for (const y of ys) {
			expect(y).toBeGreaterThanOrEqual(chart.plot.top);
			expect(y).toBeLessThanOrEqual(chart.plot.bottom);
		}
	});

	it('labels the axis on round values from bottom to top', () => {
		expect(chart.ticks[0]!.y).toBeCloseTo(chart.plot.bottom, 0);
		expect(chart.ticks.at(-1)!.y).toBeCloseTo(chart.plot.top, 0);
		expect(chart.ticks.map((t) => t.text)).toEqual(['26000', '28000', '30000', '32000']);
		expect(chart.axisX).toBeLessThan(chart.plot.left);
		// The first value's label, centred on its point, clears the tick labels.
		expect(chart.plot.left - textWidth(chart.points[0]!.text) / 2).toBeGreaterThan(chart.axisX);
	});

	it('draws its path through every point', () => {
		expect(chart.path).toBe(chart.points.map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join(' '));
	});

	it('prints every value of a short series, only the ends of a long one', () => {
		expect(chart.points.every((p) => p.labelled)).toBe(true);
		const long = lineChart(
			Array.from({ length: 10 }, (_, i) => ({ label: String(2016 + i), value: i })),
			format
		);
		expect(long.points.filter((p) => p.labelled).map((p) => p.label)).toEqual(['2016', '2025']);
	});
});

describe('describePoints', () => {
	const points = [
		{ label: '2020', value: 13.3 },
		{ label: '2024', value: 31.9 },
	];

	it('reads every point with its value, punctuated as the page’s language is', () => {
		expect(describePoints(points, format, { colon: ': ', separator: '; ' })).toBe('2020: 13.3; 2024: 31.9');
		expect(describePoints(points, format, { colon: '：', separator: '；' })).toBe('2020：13.3；2024：31.9');
	});
});
