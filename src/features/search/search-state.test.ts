import { describe, expect, it } from 'vitest';
import { asksSearch, pagefindFilters, parseState, safeExcerpt, serializeState } from './search-state.ts';

const FACETS = ['type', 'industry', 'stage'];

describe('search state in the URL', () => {
	it('asks for a search with a query or a filter, not with blanks or a sort alone', () => {
		expect(asksSearch(parseState('?q=+&sort=investment', FACETS))).toBe(false);
		expect(asksSearch(parseState('?q=%E5%82%A8%E8%83%BD', FACETS))).toBe(true);
		expect(asksSearch(parseState('?stage=%E7%AD%96%E5%88%92', FACETS))).toBe(true);
	});
	it('round-trips query, facets and sort', () => {
		const state = { q: '储能 项目', filters: { type: ['招商项目'], industry: ['储能', '绿色铝'] }, sort: 'investment' as const };
		const url = serializeState(state);
		expect(url).toBe('?q=%E5%82%A8%E8%83%BD+%E9%A1%B9%E7%9B%AE&type=%E6%8B%9B%E5%95%86%E9%A1%B9%E7%9B%AE&industry=%E5%82%A8%E8%83%BD&industry=%E7%BB%BF%E8%89%B2%E9%93%9D&sort=investment');
		expect(parseState(url, FACETS)).toEqual(state);
	});

	it('ignores unknown facets, unknown sorts and duplicates', () => {
		expect(parseState('?q=a&colour=red&sort=price&stage=x&stage=x', FACETS)).toEqual({ q: 'a', filters: { stage: ['x'] }, sort: '' });
	});

	it('writes nothing for an empty search', () => {
		expect(serializeState({ q: '  ', filters: {}, sort: '' })).toBe('');
	});

	it('asks Pagefind for any value within a facet and all facets together', () => {
		expect(pagefindFilters({ q: '', filters: { industry: ['a', 'b'], stage: [] }, sort: '' })).toEqual({ industry: { any: ['a', 'b'] } });
	});
});

describe('safeExcerpt', () => {
	it('keeps <mark> and nothing else', () => {
		expect(safeExcerpt('a <mark>储能</mark> <img src=x onerror=alert(1)> b')).toBe('a <mark>储能</mark>  b');
		expect(safeExcerpt('<script>alert(1)</script>x')).toBe('alert(1)x');
		expect(safeExcerpt('1 < 2 <mark>x</mark>')).toBe('1 &lt; 2 <mark>x</mark>');
	});
});
