import { describe, expect, it } from 'vitest';
import { asksSearch, otherLanguageSearch, pagefindFilters, safeExcerpt, searchState, tidyExcerpt } from './search-state.ts';

describe('the search request', () => {
	it('reads the query and the sort from their fields, and every other field as a facet', () => {
		expect(searchState({ q: ['储能 项目'], type: ['招商项目'], industry: ['储能', '绿色铝'], sort: ['investment'] })).toEqual({
			q: '储能 项目',
			filters: { type: ['招商项目'], industry: ['储能', '绿色铝'] },
			sort: 'investment',
		});
		expect(searchState({})).toEqual({ q: '', filters: {}, sort: '' });
	});

	it('asks for a search with a query or a filter, not with blanks or a sort alone', () => {
		expect(asksSearch(searchState({ q: [' '], sort: ['investment'] }))).toBe(false);
		expect(asksSearch(searchState({ q: ['储能'] }))).toBe(true);
		expect(asksSearch(searchState({ stage: ['策划'] }))).toBe(true);
	});

	it('asks Pagefind for any value within a facet and all facets together', () => {
		expect(pagefindFilters({ industry: ['a', 'b'], stage: [] })).toEqual({ industry: { any: ['a', 'b'] } });
	});
});

describe('safeExcerpt', () => {
	it.each([
		['drops an image and its handler', 'a <mark>储能</mark> <img src=x onerror=alert(1)> b', 'a <mark>储能</mark>  b'],
		['drops a script’s tags, leaving its text as plain text', '<script>alert(1)</script>x', 'alert(1)x'],
		['escapes a < that opens no tag', '1 < 2 <mark>x</mark>', '1 &lt; 2 <mark>x</mark>'],
	])('keeps <mark> and nothing else: %s', (_, excerpt, safe) => {
		expect(safeExcerpt(excerpt)).toBe(safe);
	});
});

describe('otherLanguageSearch', () => {
	it('keeps the query and the sort and names the facet values in the other language', () => {
		const state = searchState({ q: ['储能'], type: ['招商项目', '未知'], sort: ['investment'] });
		expect(otherLanguageSearch(state, { type: { 招商项目: 'Project' } })).toBe('?q=%E5%82%A8%E8%83%BD&type=Project&sort=investment');
		expect(otherLanguageSearch(searchState({}), {})).toBe('');
	});
});

describe('tidyExcerpt', () => {
	const content = '云南是面向南亚东南亚的辐射中心。全省新型储能装机规模持续扩大，园区配套完善。';
	it('starts at the sentence that holds the first match', () => {
		expect(tidyExcerpt('辐射中心。全省新型<mark>储能</mark>装机规模持续扩大，园区配套完善。', content)).toBe(
			'全省新型<mark>储能</mark>装机规模持续扩大，园区配套完善。'
		);
	});
	it('marks a window that starts or stops mid-sentence with an ellipsis', () => {
		expect(tidyExcerpt('新型<mark>储能</mark>装机规模', content)).toBe('…新型<mark>储能</mark>装机规模…');
		expect(tidyExcerpt('the park offers <mark>storage</mark> sites', 'Yunnan. The park offers storage sites. More.')).toBe(
			'…the park offers <mark>storage</mark> sites…'
		);
	});
	it('leaves an excerpt that begins the page as it is', () => {
		expect(tidyExcerpt('云南是面向南亚东南亚的<mark>辐射</mark>中心。', content)).toBe('云南是面向南亚东南亚的<mark>辐射</mark>中心。');
	});
	it('cuts an English excerpt after a full stop, not inside a number', () => {
		expect(tidyExcerpt('CNY 3.5 billion. Energy <mark>storage</mark> plants.', 'x')).toBe('Energy <mark>storage</mark> plants.');
	});
});
