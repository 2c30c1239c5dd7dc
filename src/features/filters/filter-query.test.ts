import { describe, expect, it } from 'vitest';
import { readQuery, unoffered, writeQuery } from './filter-query.ts';

const NAMES = ['q', 'type', 'industry', 'sort'];

describe('filter values in the URL', () => {
	it('round-trips, writing fields in their order', () => {
		const values = { q: ['储能 项目'], industry: ['储能', '绿色铝'], type: ['招商项目'], sort: ['investment'] };
		const query = writeQuery(values, NAMES);
		expect(query).toBe(
			'?q=%E5%82%A8%E8%83%BD+%E9%A1%B9%E7%9B%AE&type=%E6%8B%9B%E5%95%86%E9%A1%B9%E7%9B%AE&industry=%E5%82%A8%E8%83%BD&industry=%E7%BB%BF%E8%89%B2%E9%93%9D&sort=investment'
		);
		expect(readQuery(query, NAMES)).toEqual(values);
	});

	it('ignores other parameters, blanks and repeats', () => {
		expect(readQuery('?q=+&colour=red&industry=a&industry=a&type=', NAMES)).toEqual({ industry: ['a'] });
	});

	it('writes nothing when nothing is chosen, so the plain URL stays canonical', () => {
		expect(writeQuery({}, NAMES)).toBe('');
		expect(writeQuery({ q: ['  '] }, NAMES)).toBe('');
	});

	it('names the values asked for that the fields did not take, and only those', () => {
		const asked = { q: ['储能'], industry: ['new-energy', '新能源'], sort: ['cheapest'] };
		const taken = { q: ['储能'], industry: ['新能源'] };
		expect(unoffered(asked, taken)).toEqual([
			['industry', 'new-energy'],
			['sort', 'cheapest'],
		]);
		expect(unoffered(taken, taken)).toEqual([]);
	});
});
