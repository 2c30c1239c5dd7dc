import { describe, expect, it } from 'vitest';
import { render, type Plural } from './plural.ts';
import { strings, translator } from './translate.ts';

const projects: Plural = { one: '{n} project', other: '{n} projects' };

describe('render', () => {
	it('chooses the English form by the count', () => {
		expect(render(projects, 'en', { n: 1 })).toBe('1 project');
		expect(render(projects, 'en', { n: 0 })).toBe('0 projects');
		expect(render(projects, 'en', { n: 2 })).toBe('2 projects');
		expect(render(projects, 'en', { n: 21 })).toBe('21 projects');
	});

	it('uses the other form in a language with one form, and without a count', () => {
		expect(render(projects, 'zh-CN', { n: 1 })).toBe('1 projects');
		expect(render(projects, 'en')).toBe('{n} projects');
	});

	it('fills plain strings as they are', () => {
		expect(render('共 {n} 项', 'zh-CN', { n: 1 })).toBe('共 1 项');
	});
});

describe('English counts', () => {
	it('give every counted noun its singular (“1 item”, never “1 items”)', () => {
		// A plain string with a count followed by a word would read “1 items” for one.
		const plain = Object.entries(strings.en).filter(([, m]) => typeof m === 'string' && /\{n\} \p{L}/u.test(m));
		expect(plain.map(([key]) => key)).toEqual([]);
	});

	it('read right for one and for many', () => {
		const t = translator('en');
		expect(t('list.count', { n: 1 })).toBe('1 item');
		expect(t('search.results', { n: 1 })).toBe('1 result');
		expect(t('count.parks', { n: 1 })).toBe('1 park');
		expect(t('count.parks', { n: 3 })).toBe('3 parks');
		expect(t('home.allProjects', { n: 1 })).toBe('See the project');
		expect(t('home.allProjects', { n: 41 })).toBe('See all 41 projects');
	});

	it('come to browser code with their forms', () => {
		expect(translator('en').message('shortlist.count')).toEqual({ one: '{n} project', other: '{n} projects' });
	});
});

describe('a label before its value', () => {
	it('takes the language’s colon, after a string or a field’s label', () => {
		const label = { 'zh-CN': '文号', en: 'Document number' };
		expect(translator('zh-CN').label('common.tel')).toBe('电话：');
		expect(translator('en').label('common.tel')).toBe('Phone: ');
		expect(translator('zh-CN').label(label)).toBe('文号：');
		expect(translator('en').label(label)).toBe('Document number: ');
	});
});
