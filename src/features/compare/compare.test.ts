import { describe, expect, it } from 'vitest';
import { compareLink, comparedIds } from './compare.ts';

describe('compared projects', () => {
	it('reads two to four ids from the link, in any case, in order', () => {
		expect(comparedIds('?ids=YN-2026-0041,yn-2026-0002')).toEqual({ ids: ['yn-2026-0041', 'yn-2026-0002'], more: false });
		expect(comparedIds('?ids=a,b,c,d,e')).toEqual({ ids: ['a', 'b', 'c', 'd'], more: true });
		expect(comparedIds('?ids=<x>,a')).toEqual({ ids: ['a'], more: false });
		expect(comparedIds('')).toEqual({ ids: [], more: false });
	});

	it('links two to four projects, and none when there is only one', () => {
		expect(compareLink('/en/compare/', ['a', 'b'])).toBe('/en/compare/?ids=a%2Cb');
		expect(compareLink('/compare/', ['a', 'b', 'c', 'd', 'e'])).toBe('/compare/?ids=a%2Cb%2Cc%2Cd');
		expect(compareLink('/compare/', ['a'])).toBeUndefined();
	});
});
