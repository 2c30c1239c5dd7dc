import { describe, expect, it } from 'vitest';
import type { Catalogue, NewsItem } from '../../catalogue/catalogue.ts';
import type { Prefecture } from '../../schema/collections.ts';
import { newsFacetValues, newsFacets } from './news-facets.ts';

const prefectures = [
	{ id: 'kunming', name: { 'zh-CN': '昆明市', en: 'Kunming' } },
	{ id: 'qujing', name: { 'zh-CN': '曲靖市', en: 'Qujing' } },
	{ id: 'dali', name: { 'zh-CN': '大理白族自治州', en: 'Dali' } },
] as unknown as Prefecture[];

function catalogueOf(items: { column: string; published: string; prefecture?: string }[]): Catalogue {
	const news = items.map((data, i) => ({ id: `n${i}`, untranslated: [], data }) as unknown as NewsItem);
	return { locale: 'zh-CN', news, prefectures, prefecture: (id: string) => prefectures.find((p) => p.id === id)! } as unknown as Catalogue;
}

describe('the news list’s facets', () => {
	it('offer the sub-columns, prefectures and years items have: columns and prefectures as declared, years newest first', () => {
		const c = catalogueOf([
			{ column: 'prefectures', published: '2026-11-27 16:00', prefecture: 'dali' },
			{ column: 'work', published: '2025-11-18 09:30' },
			{ column: 'prefectures', published: '2024-12-12 10:00', prefecture: 'kunming' },
		]);
		expect(Object.fromEntries(newsFacets(c).map((f) => [f.name, f.options.map((o) => o.value)]))).toEqual({
			newsColumn: ['工作动态', '州市动态'],
			prefecture: ['昆明市', '大理白族自治州'],
			year: ['2026', '2025', '2024'],
		});
		expect(newsFacetValues(c.news[0]!, c)).toEqual({ newsColumn: ['州市动态'], prefecture: ['大理白族自治州'], year: ['2026'] });
	});
});
