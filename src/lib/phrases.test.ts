import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { segmentForIndex } from '../features/search/index/segmentation.ts';
import { phraseBoundaries, phraseHtml, phrases } from './phrases.ts';

describe('phrases', () => {
	it('never cuts a word, even where BudouX alone would (咖|啡)', () => {
		expect(phrases('普洱咖啡精深加工项目')).toEqual(['普洱', '咖啡精深', '加工', '项目']);
		expect(phrases('中国—南亚博览会暨昆明进出口商品交易会')).toEqual(['中国', '—南亚', '博览会', '暨昆明进出口', '商品', '交易会']);
	});

	it('leaves no character on its own', () => {
		expect(phrases('年产20万吨磷酸铁锂正极材料项目')).toEqual(['年产20万吨', '磷酸铁锂', '正极', '材料', '项目']);
		expect(phrases('滇中新区新能源汽车零部件产业园').every((p) => p.length > 1)).toBe(true);
		expect(phrases('园')).toEqual(['园']);
	});

	it('gives back the text unchanged, piece by piece', () => {
		for (const title of ['年产10万吨新型储能电池项目', '滇中新区新能源汽车零部件产业园', 'Kunming 2026', ''])
			expect(phrases(title).join('')).toBe(title);
	});

	it('leaves text without Chinese whole', () => {
		expect(phrases('Pu’er coffee deep processing')).toEqual(['Pu’er coffee deep processing']);
		expect(phraseBoundaries('Pu’er coffee')).toEqual([]);
	});
});

describe('phraseHtml', () => {
	it('puts <wbr> between phrases', () => {
		expect(phraseHtml('普洱咖啡精深加工项目')).toBe('普洱<wbr>咖啡精深<wbr>加工<wbr>项目');
	});

	it('escapes content: a title with markup becomes text and <wbr> only', () => {
		const title = '储能项目<script>alert("x")</script><img src=x onerror=alert(1)>&amp;';
		const html = phraseHtml(title);
		expect(html).not.toMatch(/<(?!wbr>)/);
		const root = parse(`<h1>${html}</h1>`);
		// Parsed back, the heading holds the title as text, and no element but <wbr>.
		expect(new Set(root.querySelectorAll('h1 *').map((e) => e.tagName))).toEqual(new Set(['WBR']));
		expect(root.querySelector('h1')!.text).toBe(title);
	});
});

describe('phrases and the search index', () => {
	it('index a phrased title as the words of the whole title', () => {
		const page = (h1: string) =>
			segmentForIndex(`<html lang="zh-CN"><body><main><article data-pagefind-body><h1>${h1}</h1></article></main></body></html>`)!;
		const title = '普洱咖啡精深加工项目';
		expect(page(phraseHtml(title))).toBe(page(title));
	});
});
