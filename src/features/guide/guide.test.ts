import { describe, expect, it } from 'vitest';
import type { Catalogue, Policy } from '../../catalogue/catalogue.ts';
import type { GuideStep } from '../../schema/collections.ts';
import { guideSteps } from './guide.ts';

const policy = (id: string, title: string, untranslated: string[] = []) => ({ id, data: { title }, untranslated }) as unknown as Policy;
const policies = new Map([
	['negative-list', policy('negative-list', 'Negative list')],
	['tax', policy('tax', '西部大开发税收政策', ['title'])],
]);
const catalogue = { locale: 'en', policy: (id: string) => policies.get(id) } as unknown as Catalogue;
const text = (en: string) => ({ 'zh-CN': en, en });
const step = (id: string, extra: Partial<GuideStep> = {}): GuideStep => ({
	id,
	title: text(id),
	what: text('what'),
	where: text('where'),
	time: text('1 day'),
	online: false,
	policies: [],
	links: [],
	...extra,
});
const services = { name: text('Government services online'), url: 'https://zwfw.example/' };
const link = (l: { name: { en: string }; url: string }) => ({ href: l.url, text: l.name.en, lang: undefined, external: true });

describe('guideSteps', () => {
	it('keeps the steps in the order of the file', () => {
		expect(guideSteps([step('company'), step('tax'), step('land')], catalogue, services).map((s) => s.id)).toEqual([
			'company',
			'tax',
			'land',
		]);
	});

	it('links each cited policy to its page, marking a title shown in Chinese', () => {
		const [s] = guideSteps([step('check', { policies: ['negative-list', 'tax'] })], catalogue, services);
		expect(s!.references).toEqual([
			{
				heading: 'guide.policies',
				links: [
					{ href: '/policies/negative-list/', text: 'Negative list', lang: undefined, external: false },
					{ href: '/policies/tax/', text: '西部大开发税收政策', lang: 'zh-CN', external: false },
				],
			},
		]);
	});

	it('offers the government service platform first on steps done online, and only there', () => {
		const own = { name: text('Approval platform'), url: 'https://www.tzxm.gov.cn/' };
		const [online, offline] = guideSteps(
			[step('filing', { online: true, links: [own] }), step('land', { links: [own] })],
			catalogue,
			services
		);
		expect(online!.references).toEqual([{ heading: 'guide.links', links: [link(services), link(own)] }]);
		expect(offline!.references).toEqual([{ heading: 'guide.links', links: [link(own)] }]);
	});

	it('names a link in Chinese, marked so, where it has no English name', () => {
		const own = { name: { 'zh-CN': '投资项目在线审批监管平台', en: '' }, url: 'https://www.tzxm.gov.cn/' };
		expect(guideSteps([step('filing', { links: [own] })], catalogue, services)[0]!.references[0]!.links).toEqual([
			{ href: own.url, text: '投资项目在线审批监管平台', lang: 'zh-CN', external: true },
		]);
	});

	it('leaves the platform out when the site names none', () => {
		expect(guideSteps([step('filing', { online: true })], catalogue, undefined)[0]!.references).toEqual([]);
	});
});
