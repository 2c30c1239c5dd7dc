import { describe, expect, it } from 'vitest';
import { brokenRules, projects } from './collections.ts';
import { addsUp, sumOf } from './project-rules.ts';

const broken = (data: Record<string, unknown>) =>
	brokenRules(projects.rules, { investment: 1000, published: '2026-01-01', ...data }).map((r) => r.message.en);

describe('a project’s rules', () => {
	it('add amounts in 万元, allowing for rounding', () => {
		expect(sumOf([{ amount: 600.2 }, { amount: 399.6 }])).toBeCloseTo(999.8);
		expect(addsUp([{ amount: 600.2 }, { amount: 399.6 }], 1000)).toBe(true);
		expect(addsUp([{ amount: 600 }, { amount: 300 }], 1000)).toBe(false);
		expect(addsUp([], 1000)).toBe(true);
	});

	it('refuse a breakdown or financing plan that does not add up to the investment', () => {
		expect(broken({ breakdown: [{ amount: 600 }, { amount: 400 }], financing: [{ amount: 1000 }] })).toEqual([]);
		expect(broken({ breakdown: [{ amount: 600 }] })).toEqual(['does not add up to the total investment']);
		expect(broken({ financing: [{ amount: 600 }, { amount: 600 }] })).toEqual(['does not add up to the total investment']);
	});

	it('want three to five highlights, or none', () => {
		expect(broken({ highlights: ['a', 'b'] })).toEqual(['has fewer than three points']);
		expect(broken({ highlights: ['a', 'b', 'c'] })).toEqual([]);
	});

	it('want each approval once, and a date for one that is done', () => {
		expect(broken({ preparation: [{ step: 'eia', status: 'done' }] })).toEqual(['has an approval marked done without its date']);
		expect(
			broken({
				preparation: [
					{ step: 'eia', status: 'not-started' },
					{ step: 'eia', status: 'in-progress' },
				],
			})
		).toEqual(['names the same approval twice']);
	});

	it('want a site plan described', () => {
		expect(broken({ sitePlan: 'files/site-plan.png' })).toEqual(['is missing for the site plan']);
		expect(broken({ sitePlan: 'files/site-plan.png', sitePlanAlt: '地块平面图' })).toEqual([]);
	});
});
