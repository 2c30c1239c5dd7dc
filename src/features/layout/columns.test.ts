import { describe, expect, it } from 'vitest';
import { columnMeta, columnOf, columns, columnsOf, columnTrail } from './columns.ts';

const region = { 'zh-CN': '云南省', en: 'Yunnan Province' };
const label = (c: { id: string }) => c.id;

describe('columns of a path', () => {
	it('finds the columns a page lies in, outermost first', () => {
		expect(columnsOf('/parks/map/').map((c) => c.id)).toEqual(['parks', 'map']);
		expect(columnOf('/parks/map/')?.id).toBe('map');
		expect(columnOf('/parks/dianzhong/')?.id).toBe('parks');
		expect(columnOf('/projects/2/')?.id).toBe('projects');
	});

	it('finds none for pages outside every column', () => {
		expect(columnOf('/about/')).toBeUndefined();
		expect(columnOf('/')).toBeUndefined();
		// A path that merely starts with a column's name is not in it.
		expect(columnOf('/parksfoo/')).toBeUndefined();
	});

	it('gives every column a distinct path', () => {
		expect(new Set(columns.map((c) => c.path)).size).toBe(columns.length);
	});
});

describe('breadcrumb trail', () => {
	it('leads through the columns above the page', () => {
		expect(columnTrail('/parks/map/', label)).toEqual([{ label: 'parks', href: '/parks/' }]);
		expect(columnTrail('/news/some-item/', label)).toEqual([{ label: 'news', href: '/news/' }]);
		expect(columnTrail('/news/2/', label)).toEqual([{ label: 'news', href: '/news/' }]);
	});

	it('is empty on a column’s own page and on pages in no column, and absent on the home page', () => {
		expect(columnTrail('/news/', label)).toEqual([]);
		expect(columnTrail('/about/', label)).toEqual([]);
		expect(columnTrail('/', label)).toBeUndefined();
	});
});

describe('column metadata', () => {
	const news = columns.find((c) => c.id === 'news')!;
	const search = columns.find((c) => c.id === 'search')!;

	it('takes the bureau’s intro and keywords in the page’s language', () => {
		const text = { intro: { 'zh-CN': '最新进展。', en: 'The latest.' }, keywords: { 'zh-CN': '招商，动态' } };
		expect(columnMeta(news, 'zh-CN', text, region)).toEqual({
			name: '招商动态',
			description: '最新进展。',
			keywords: ['招商', '动态'],
			type: '信息发布',
		});
		// English keywords fall back to the Chinese ones.
		expect(columnMeta(news, 'en', text, region)).toMatchObject({ name: 'News', description: 'The latest.', keywords: ['招商', '动态'] });
	});

	it('uses the column’s name and the region when the bureau gave no keywords', () => {
		expect(columnMeta(news, 'en', {}, region).keywords).toEqual(['News', 'Yunnan Province']);
	});

	it('types a column by its function', () => {
		expect(columnMeta(search, 'zh-CN', {}, region).type).toBe('办事服务');
		expect(columnMeta(news, 'en', {}, region).type).toBe('Information');
	});
});
