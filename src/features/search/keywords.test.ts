import { describe, expect, it } from 'vitest';
import { keywords, pinyinForms } from './keywords.ts';

describe('pinyinForms', () => {
	it('gives the name joined, word by word and syllable by syllable, without tones', () => {
		const forms = pinyinForms('云南昆明市');
		expect(forms[0]).toBe('yunnankunmingshi');
		// A word's pinyin begins with what a reader types for it: Pagefind finds words by their beginning.
		expect(forms.some((f) => f.startsWith('kunming'))).toBe(true);
		expect(forms).toContain('yun nan kun ming shi');
	});
	it('writes ü as v, as readers type it', () => {
		expect(pinyinForms('绿色铝')[0]).toBe('lvselv');
	});
	it('leaves Latin and digits out, and gives nothing for a name without Chinese', () => {
		expect(pinyinForms('瑞丽 5G 园区')[0]).toBe('ruiliyuanqu');
		expect(pinyinForms('Ruili')).toEqual([]);
	});
});

describe('keywords', () => {
	it('keeps each keyword once, in order, without empty ones', () => {
		expect(keywords(['文山州', ' PV '], undefined, ['PV', '', 'wenshan'])).toEqual(['文山州', 'PV', 'wenshan']);
	});
});
