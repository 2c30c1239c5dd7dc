/**
 * The geometry of the why-invest page's charts, worked out at build time so the browser gets plain
 * SVG and no chart library. Charts are drawn in a 320-unit-wide box: at 360 px, the narrowest screen
 * the site serves, one unit is about one pixel, so labels stay readable without scaling down.
 */

export interface Point {
	label: string;
	value: number;
}

/** A value axis: its ends and the round values it is labelled at. */
export interface Domain {
	min: number;
	max: number;
	ticks: number[];
}

export const CHART_WIDTH = 320;
export const FONT_SIZE = 13;

/** A round step (1, 2, 2.5 or 5 times a power of ten) that cuts `span` into about `count` parts. */
export function niceStep(span: number, count: number): number {
	if (!(span > 0)) return 1;
	const raw = span / count;
	const power = 10 ** Math.floor(Math.log10(raw));
	const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw)! * power;
	// Floating point: 0.1 * 3 is not 0.3; keep the step as short as it is written.
	return Number(step.toPrecision(12));
}

/**
 * The axis for values from `lo` to `hi`, widened to round ticks. Bars start at zero (`fromZero`) so
 * their lengths compare honestly; a line shows a trend, so its axis may start near its lowest value.
 */
export function niceDomain(values: readonly number[], { fromZero, count = 4 }: { fromZero: boolean; count?: number }): Domain {
	const hi = Math.max(...values, fromZero ? 0 : -Infinity);
	const lo = fromZero ? 0 : Math.min(...values);
	const step = niceStep(hi - lo || Math.abs(hi) || 1, count);
	const min = fromZero ? 0 : Math.floor(lo / step) * step;
	let max = Math.ceil(hi / step) * step;
	if (max === min) max = min + step;
	const ticks: number[] = [];
	for (let v = min; v <= max + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
	return { min, max, ticks };
}

/** About how wide a text is at `size`: a CJK character is a full em, other characters about 0.62 em. */
export function textWidth(text: string, size = FONT_SIZE): number {
	let ems = 0;
	for (const ch of text) ems += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u.test(ch) ? 1 : 0.62;
	return ems * size;
}

export interface Bar {
	label: string;
	/** The value as printed at the end of the bar. */
	text: string;
	x: number;
	y: number;
	width: number;
	height: number;
	/** Baseline of the label: beside the bar, or above it when labels are too long to sit beside. */
	labelY: number;
	/** Baseline of the printed value, centred on the bar. */
	textY: number;
	/** Where the printed value starts. */
	valueX: number;
}

export interface BarChart {
	width: number;
	height: number;
	/** Where the labels are anchored: their right edge beside the bars, their left edge above them. */
	labelX: number;
	labelAnchor: 'start' | 'end';
	bars: Bar[];
}

const ROW = 30;
const BAR = 18;
const GAP = 6;
/** Labels wider than this share of the chart go above their bars, not beside them. */
const LABEL_SHARE = 0.38;

/**
 * Horizontal bars, one row per point: the label, the bar, its value after it. Rows rather than
 * columns, so labels need no rotating; labels too long to sit beside the bars (“Contracted
 * investment” in a 320-unit box) sit above them instead of being cut.
 */
export function barChart(points: readonly Point[], format: (n: number) => string, width = CHART_WIDTH): BarChart {
	const texts = points.map((p) => format(p.value));
	const widest = Math.max(...points.map((p) => textWidth(p.label)));
	const above = widest > width * LABEL_SHARE;
	const labelX = above ? 0 : widest + GAP;
	const x = above ? 0 : labelX + GAP;
	const row = above ? ROW + FONT_SIZE + 2 : ROW;
	const valueRoom = Math.max(...texts.map((t) => textWidth(t))) + GAP;
	const plot = Math.max(width - x - GAP - valueRoom, 1);
	const { max } = niceDomain(
		points.map((p) => p.value),
		{ fromZero: true }
	);
	const bars = points.map((p, i) => {
		const length = (p.value / max) * plot;
		const y = i * row + (row - BAR) - (ROW - BAR) / 2;
		const textY = y + BAR / 2 + FONT_SIZE * 0.35;
		return {
			label: p.label,
			text: texts[i]!,
			x,
			y,
			width: length,
			height: BAR,
			labelY: above ? y - 4 : textY,
			textY,
			valueX: x + length + GAP,
		};
	});
	return { width, height: points.length * row, labelX, labelAnchor: above ? 'start' : 'end', bars };
}

export interface LinePoint {
	label: string;
	text: string;
	x: number;
	y: number;
	/** Whether the value is printed beside the point; with many points only the ends are. */
	labelled: boolean;
}

export interface LineChart {
	width: number;
	height: number;
	/** The plot area, inside the axis labels. */
	plot: { left: number; right: number; top: number; bottom: number };
	points: LinePoint[];
	/** Right edge of the tick labels. */
	axisX: number;
	/** Horizontal grid lines with their labels. */
	ticks: { y: number; text: string }[];
	/** The SVG path through the points. */
	path: string;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A line through points in time order, on an axis of round values. */
export function lineChart(points: readonly Point[], format: (n: number) => string, width = CHART_WIDTH, height = 190): LineChart {
	const domain = niceDomain(
		points.map((p) => p.value),
		{ fromZero: false }
	);
	const tickTexts = domain.ticks.map(format);
	// Tick labels end at `axis`; the first and last points' labels are centred on them and must fit.
	const axis = Math.max(...tickTexts.map((t) => textWidth(t)));
	const half = (p: Point | undefined) => (p ? Math.max(textWidth(p.label), textWidth(format(p.value))) / 2 : 0);
	const plot = {
		// The first value's label is centred on its point: clear of the tick labels.
		left: axis + GAP + Math.max(GAP, half(points[0])),
		right: width - Math.max(half(points.at(-1)), GAP),
		top: FONT_SIZE * 2,
		bottom: height - FONT_SIZE * 2,
	};
	const span = domain.max - domain.min;
	const x = (i: number) =>
		points.length === 1 ? (plot.left + plot.right) / 2 : plot.left + (i / (points.length - 1)) * (plot.right - plot.left);
	const y = (v: number) => plot.bottom - ((v - domain.min) / span) * (plot.bottom - plot.top);
	const all = points.length <= 6;
	const placed = points.map((p, i) => ({
		label: p.label,
		text: format(p.value),
		x: round(x(i)),
		y: round(y(p.value)),
		labelled: all || i === 0 || i === points.length - 1,
	}));
	return {
		width,
		height,
		plot,
		axisX: axis,
		points: placed,
		ticks: domain.ticks.map((v, i) => ({ y: round(y(v)), text: tickTexts[i]! })),
		path: placed.map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join(' '),
	};
}

/** What a screen reader hears for the chart: every point and its value, in order, punctuated as the page's language is. */
export const describePoints = (
	points: readonly Point[],
	format: (n: number) => string,
	{ colon, separator }: { colon: string; separator: string }
) => points.map((p) => `${p.label}${colon}${format(p.value)}`).join(separator);
