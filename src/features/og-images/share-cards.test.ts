import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../catalogue/catalogue.ts';
import type { Locale } from '../../schema/fields.ts';
import { cardPath, shareCardPath, shareCards } from './share-cards.ts';

const HAN = /\p{Script=Han}/u;

/** A catalogue with one item of each kind that has a card of its own. */
function fake(locale: Locale): Catalogue {
	const en = locale === 'en';
	const entry = (id: string, data: object, untranslated: string[] = []) => ({ id, locale, untranslated, data });
	const kunming = { id: 'kunming', name: { 'zh-CN': '昆明市', en: 'Kunming' }, description: { 'zh-CN': '省会' } };
	return {
		locale,
		today: '2026-12-02',
		projects: [
			entry('yn-2026-0001', {
				title: en ? 'Battery cathode plant' : '正极材料项目',
				summary: en ? 'A plant for cathode material.' : '正极材料工厂。',
				investment: 350000,
				prefecture: 'kunming',
				code: 'YN-2026-0001',
				industry: 'batteries',
			}),
		],
		parks: [
			entry(
				'anning',
				{
					title: en ? 'Anning Industrial Park' : '安宁工业园区',
					summary: '园区',
					level: 'provincial',
					prefecture: 'kunming',
					industries: [],
				},
				en ? ['summary'] : []
			),
		],
		policies: [
			entry('measures', {
				title: en ? 'Measures' : '措施',
				summary: en ? 'Support.' : '支持。',
				level: 'provincial',
				published: '2026-05-01 09:00',
				industries: [],
			}),
		],
		news: [entry('tea', { title: en ? 'Tea' : '茶', summary: en ? 'Tea news.' : '茶叶。', column: 'work', published: '2026-11-01' })],
		expos: [
			{
				id: 'ciie',
				name: { 'zh-CN': '进博会', en: 'CIIE' },
				venue: { 'zh-CN': '上海', en: 'Shanghai' },
				description: { 'zh-CN': '进口博览会' },
				start: '2026-11-05',
				end: '2026-11-10',
			},
		],
		industries: [{ id: 'batteries', name: { 'zh-CN': '电池', en: 'Batteries' }, colour: '#123456' }],
		prefectures: [kunming],
		prefecture: () => kunming,
		column: () => ({ 'zh-CN': '栏目介绍' }),
		projectsBy: { industry: () => [1], prefecture: () => [1, 2] },
		parksBy: { industry: () => [], prefecture: () => [1] },
	} as unknown as Catalogue;
}

describe('share cards', () => {
	const en = shareCards(fake('en'));
	const zh = shareCards(fake('zh-CN'));
	const card = (cards: typeof en, key: string) => cards.find((c) => c.key === key)!.card;

	it('give English cards English amounts, through the measure formatter', () => {
		expect(card(en, 'projects/yn-2026-0001').facts).toEqual(['CNY 3.5 billion', 'Kunming', 'YN-2026-0001']);
		expect(card(zh, 'projects/yn-2026-0001').facts).toEqual(['35亿元', '昆明市', 'YN-2026-0001']);
		expect(card(en, 'industries/batteries').facts).toEqual(['1 project', '0 parks']);
	});

	it('put no Chinese on an English card where the content has English', () => {
		for (const { key, card: c } of en) {
			// Titles are the page's own: an untranslated title shows as the page shows it.
			const text = [c.organisation, c.subtitle ?? '', ...c.facts].join(' ');
			expect(text, key).not.toMatch(HAN);
		}
		// An untranslated summary or description is left off rather than shown in Chinese.
		expect(card(en, 'parks/anning').subtitle).toBeUndefined();
		expect(card(en, 'expo/ciie').subtitle).toBeUndefined();
		expect(card(zh, 'expo/ciie').subtitle).toBe('进口博览会');
	});

	it('give every page a card that is drawn, in its language', () => {
		const c = fake('en');
		const drawn = new Set(shareCards(c).map((s) => cardPath(s.key, 'en')));
		const pages = {
			'/en/': '/og/en/home.jpg',
			'/en/projects/yn-2026-0001/': '/og/en/projects/yn-2026-0001.jpg',
			'/en/expo/ciie/poster/': '/og/en/expo/ciie.jpg',
			'/en/news/2/': '/og/en/columns/news.jpg',
			'/en/policies/interpretations/': '/og/en/columns/interpretations.jpg',
			'/en/search/': '/og/en/columns/search.jpg',
			'/en/about/': '/og/en/home.jpg',
			'/en/no-such-page/x/': '/og/en/home.jpg',
		};
		for (const [page, expected] of Object.entries(pages)) {
			expect(shareCardPath(page, c), page).toBe(expected);
			expect(drawn.has(expected), expected).toBe(true);
		}
		expect(shareCardPath('/projects/yn-2026-0001/', fake('zh-CN'))).toBe('/og/projects/yn-2026-0001.jpg');
	});
});
