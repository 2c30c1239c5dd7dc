import { describe, expect, it } from 'vitest';
import type { Park } from '../../catalogue/catalogue.ts';
import { parks } from '../../schema/collections.ts';
import { parkCosts, parkTravel, parkUtilities } from './park-facts.ts';

const park = (data: Partial<Park['data']>) => ({ id: 'test', untranslated: [], data: { transport: [], ...data } }) as unknown as Park;
const cf = parks.fields.costs.fields;

describe('a park page’s cost and utility lists', () => {
	it('list only the figures the editor gave, in the schema’s order, labelled from the schema', () => {
		const costs = parkCosts(park({ costs: { water: 3.2, landPrice: 150000, asOf: '2026-01-01' } }), 'en');
		expect(costs.map((c) => c.label)).toEqual([cf.landPrice.label.en, cf.water.label.en]);
		expect(costs[0]!.value).toContain('150,000');
	});

	it('leave out the date the costs were true, which the page says beside them', () => {
		expect(parkCosts(park({ costs: { asOf: '2026-01-01' } }), 'zh-CN')).toEqual([]);
	});

	it('are empty for a park without them', () => {
		expect(parkCosts(park({}), 'en')).toEqual([]);
		expect(parkUtilities(park({}), 'en')).toEqual([]);
		expect(parkTravel(park({}), 'en')).toEqual([]);
	});
});
