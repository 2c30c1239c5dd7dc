/**
 * The why-invest page's view of content/why.yaml: figures grouped by section in the order
 * PROFILE_SECTIONS gives, each value read as its language reads it, each series laid out as a chart.
 */
import { PROFILE_SECTIONS, type ProfileFigure } from '../../schema/collections.ts';
import type { Locale, LocalizedText } from '../../schema/fields.ts';
import { formatMeasure } from '../../lib/measure.ts';
import { formatNumber } from '../../lib/money.ts';
import { pick } from '../../lib/translation.ts';
import { barChart, describePoints, lineChart, type BarChart, type LineChart } from './chart.ts';
import { chartUnit } from './units.ts';

export interface ChartView {
	/** The chart's accessible name: what it shows and in which unit. */
	title: string;
	/** Every point and its value, read out in place of the drawing. */
	description: string;
	bar?: BarChart;
	line?: LineChart;
}

export interface FigureView {
	id: string;
	label: LocalizedText;
	/** The value with its unit, e.g. “CNY 3.15 trillion”, “31.9%”. */
	value: string;
	period?: LocalizedText | undefined;
	note?: LocalizedText | undefined;
	sample: boolean;
	source: ProfileFigure['source'];
	asOf: string;
	chart?: ChartView | undefined;
}

export interface SectionView {
	id: ProfileFigure['section'];
	label: string;
	figures: FigureView[];
}

/** The page language's words for a chart: its title (“GDP (CNY billion)”) and the punctuation of its description. */
export interface ChartWords {
	title: (label: string, unit: string) => string;
	colon: string;
	separator: string;
}

export function chartView(f: ProfileFigure, locale: Locale, words: ChartWords): ChartView | undefined {
	if (!f.chart || f.series.length < 2) return undefined;
	const unit = chartUnit(f.unit, locale);
	const points = f.series.map((p) => ({ label: pick(p.label, locale), value: p.value * unit.factor }));
	const format = (n: number) => formatNumber(n, locale);
	const label = pick(f.label, locale);
	return {
		title: unit.name ? words.title(label, unit.name) : label,
		description: describePoints(points, format, words),
		...(f.chart === 'bar' ? { bar: barChart(points, format) } : { line: lineChart(points, format) }),
	};
}

export function figureView(f: ProfileFigure, locale: Locale, words: ChartWords): FigureView {
	const unit = f.unit && { 'zh-CN': f.unit['zh-CN'], en: f.unit.en ?? '' };
	return {
		id: f.id,
		label: f.label,
		value: formatMeasure(f.value, unit, locale),
		period: f.period,
		note: f.note,
		sample: f.sample,
		source: f.source,
		asOf: f.asOf,
		chart: chartView(f, locale, words),
	};
}

/** The sections that have figures, in the page's order. */
export function profileSections(figures: readonly ProfileFigure[], locale: Locale, words: ChartWords): SectionView[] {
	return PROFILE_SECTIONS.map((s) => ({
		id: s.value,
		label: s.label[locale],
		figures: figures.filter((f) => f.section === s.value).map((f) => figureView(f, locale, words)),
	})).filter((s) => s.figures.length > 0);
}
