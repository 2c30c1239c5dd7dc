/**
 * The unit a chart's axis and values are in. A chart prints bare numbers and names the unit once,
 * in its title; in English, units only Chinese readers use are converted as formatMeasure converts
 * a single figure (src/lib/measure.ts): 亿元 to CNY billion, 万吨 to million tonnes.
 */
import type { Locale, LocalizedText } from '../../schema/fields.ts';

export interface ChartUnit {
	/** What a stored value is multiplied by for this language. */
	factor: number;
	/** The unit's name, empty when the figure has none. */
	name: string;
}

// Keyed by the Chinese unit, the one values are stored in.
const ENGLISH: Record<string, ChartUnit> = {
	亿元: { factor: 0.1, name: 'CNY billion' },
	万元: { factor: 0.01, name: 'CNY million' },
	元: { factor: 1, name: 'CNY' },
	万吨: { factor: 0.01, name: 'million tonnes' },
	亩: { factor: 1 / 15, name: 'hectares' },
	'元/亩': { factor: 1, name: 'CNY per mu' },
};

export function chartUnit(unit: LocalizedText | undefined, locale: Locale): ChartUnit {
	const zh = unit?.['zh-CN'] ?? '';
	if (locale === 'zh-CN') return { factor: 1, name: zh };
	return ENGLISH[zh] ?? { factor: 1, name: unit?.en ?? '' };
}
