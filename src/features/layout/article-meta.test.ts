import { describe, expect, it } from 'vitest';
import type { Catalogue, Interpretation, NewsItem, Policy } from '../../catalogue/catalogue.ts';
import { articleMeta } from './article-meta.ts';

const name = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const catalogue = (policies: Policy[]) =>
	({
		locale: 'en',
		industry: (id: string) => ({ id, name: { 'green-aluminium': name('绿色铝', 'Green aluminium') }[id]! }),
		prefecture: (id: string) => ({ id, name: { puer: name('普洱市', 'Pu’er') }[id]! }),
		policy: (id: string) => policies.find((p) => p.id === id),
	}) as unknown as Catalogue;
const entry = <T>(id: string, data: object) => ({ id, locale: 'en', untranslated: [], data }) as unknown as T;

const policy = entry<Policy>('measures', {
	title: 'Measures',
	summary: 'What they do.',
	published: '2024-05-01',
	issuer: 'Yunnan Provincial Government',
	topic: 'Investment',
	categories: ['fiscal', 'land'],
	industries: ['green-aluminium'],
	region: 'puer',
});
const context = { catalogue: catalogue([policy]), bureau: 'Yunnan Investment Bureau', url: 'https://x.example/en/a/' };

describe('article metadata from an entry', () => {
	it('describes a policy by its issuer and what it is about', () => {
		expect(articleMeta({ collection: 'policies', entry: policy }, context)).toEqual({
			title: 'Measures',
			published: '2024-05-01',
			description: 'What they do.',
			url: 'https://x.example/en/a/',
			image: undefined,
			source: 'Yunnan Provincial Government',
			author: 'Yunnan Provincial Government',
			keywords: ['Investment', 'Tax and fiscal', 'Land', 'Green aluminium', 'Pu’er'],
		});
	});

	it('gives an interpretation the keywords of the policy it interprets', () => {
		const qa = entry<Interpretation>('qa', {
			title: 'Q&A',
			summary: 'S',
			published: '2024-05-02 09:30',
			issuer: 'The bureau',
			policy: 'measures',
		});
		const meta = articleMeta({ collection: 'interpretations', entry: qa }, context);
		expect(meta).toMatchObject({ source: 'The bureau', author: 'The bureau', published: '2024-05-02 09:30' });
		expect(meta.keywords).toContain('Green aluminium');
	});

	it('credits news without a source to the bureau, and keeps its image', () => {
		const news = entry<NewsItem>('n', { title: 'N', summary: 'S', published: '2025-11-24 16:00', industries: [], prefecture: 'puer' });
		const meta = articleMeta({ collection: 'news', entry: news }, { ...context, image: 'https://x.example/_astro/c.jpg' });
		expect(meta).toMatchObject({
			source: 'Yunnan Investment Bureau',
			author: 'Yunnan Investment Bureau',
			image: 'https://x.example/_astro/c.jpg',
		});
		expect(meta.keywords.filter(Boolean)).toEqual(['Pu’er']);
	});
});
