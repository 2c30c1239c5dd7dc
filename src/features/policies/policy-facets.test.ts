import { describe, expect, it } from 'vitest';
import type { Catalogue, Policy } from '../../catalogue/catalogue.ts';
import type { Locale } from '../../schema/fields.ts';
import type { PolicyStatus } from './policy-status.ts';
import { issuersOf, policyFacetValues, policyFacets } from './policy-facets.ts';

type Sample = {
	id: string;
	level: string;
	issuer: string;
	categories: string[];
	published: string;
	status: PolicyStatus;
	untranslated?: string[];
};

function catalogueOf(locale: Locale, samples: Sample[]): Catalogue {
	const policies = samples.map((s) => ({ id: s.id, locale, untranslated: s.untranslated ?? [], data: { ...s } }) as unknown as Policy);
	const status = new Map(samples.map((s) => [s.id, s.status]));
	return { locale, policies, status: (p: Policy) => status.get(p.id)! } as unknown as Catalogue;
}

const SAMPLES: Sample[] = [
	{ id: 'a', level: 'prefecture', issuer: '大理州人民政府办公室', categories: ['land'], published: '2024-01-25', status: 'expired' },
	{
		id: 'b',
		level: 'provincial',
		issuer: '云南省人民政府办公厅',
		categories: ['fiscal', 'industry'],
		published: '2026-11-10 15:00',
		status: 'not-yet',
	},
	{ id: 'c', level: 'national', issuer: '财政部　税务总局', categories: ['fiscal'], published: '2020-04-23', status: 'in-force' },
	{ id: 'd', level: 'provincial', issuer: '云南省人民政府', categories: ['industry'], published: '2024-03-20', status: 'in-force' },
	{ id: 'e', level: 'provincial', issuer: '云南省人民政府办公厅', categories: ['land'], published: '2024-08-28', status: 'in-force' },
];

const options = (c: Catalogue) => Object.fromEntries(policyFacets(c).map((f) => [f.name, f.options.map((o) => o.value)]));

describe('the policy list’s facets', () => {
	it('take each issuer of a joint document apart', () => {
		expect(issuersOf('财政部　税务总局　国家发展改革委')).toEqual(['财政部', '税务总局', '国家发展改革委']);
		expect(issuersOf('Ministry of Finance; State Taxation Administration')).toEqual([
			'Ministry of Finance',
			'State Taxation Administration',
		]);
		expect(issuersOf('云南省人民政府')).toEqual(['云南省人民政府']);
	});

	it('offer only the values some policy has, in a reader’s order', () => {
		expect(options(catalogueOf('zh-CN', SAMPLES))).toEqual({
			policyLevel: ['国家级', '省级', '州市级'],
			status: ['现行有效', '尚未生效', '已失效'],
			// National first; within a level, the issuer of more policies first.
			issuer: ['财政部', '税务总局', '云南省人民政府办公厅', '云南省人民政府', '大理州人民政府办公室'],
			policyCategory: ['财税', '土地', '产业扶持'],
			year: ['2026', '2024', '2020'],
		});
	});

	it('offer exactly what each policy gives the search index, so every option finds its policies', () => {
		for (const locale of ['zh-CN', 'en'] as const) {
			const c = catalogueOf(locale, SAMPLES);
			const offered = options(c);
			for (const p of c.policies)
				for (const [facet, values] of Object.entries(policyFacetValues(p, c))) for (const v of values) expect(offered[facet]).toContain(v);
		}
	});

	it('mark an issuer shown in Chinese on an English page as Chinese', () => {
		const c = catalogueOf('en', [{ ...SAMPLES[0]!, untranslated: ['issuer'] }]);
		expect(policyFacets(c).find((f) => f.name === 'issuer')!.options).toEqual([
			{ value: '大理州人民政府办公室', label: '大理州人民政府办公室', lang: 'zh-CN' },
		]);
		expect(options(c).status).toEqual(['Expired']);
	});
});
