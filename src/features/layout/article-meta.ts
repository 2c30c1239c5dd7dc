/**
 * The article metadata of a policy, an interpretation or a news item, from its fields: the pages
 * pass the entry, never the values.
 */
import type { Case, Catalogue, Interpretation, NewsItem, Policy } from '../../catalogue/catalogue.ts';
import { optionLabel } from '../../lib/labels.ts';
import { pick } from '../../lib/translation.ts';
import { POLICY_CATEGORIES } from '../../schema/collections.ts';
import type { ArticleMeta } from './page-meta.ts';

/** The entry an article page shows; a new kind of article adds its collection here and its case below. */
export type ArticleSource =
	| { collection: 'policies'; entry: Policy }
	| { collection: 'interpretations'; entry: Interpretation }
	| { collection: 'news'; entry: NewsItem }
	| { collection: 'cases'; entry: Case };

/** What a policy is about: its topic, categories, industries and region. */
function policyKeywords(p: Policy, c: Catalogue): string[] {
	const { topic, categories, industries, region } = p.data;
	return [
		topic ?? '',
		...categories.map((v) => optionLabel(POLICY_CATEGORIES, v, c.locale)),
		...industries.map((id) => pick(c.industry(id).name, c.locale)),
		region ? pick(c.prefecture(region).name, c.locale) : '',
	];
}

export interface ArticleContext {
	catalogue: Catalogue;
	/** The bureau's name in the page's language: the source of news that names none. */
	bureau: string;
	/** Absolute URL of the page. */
	url: string;
	/** Absolute URL of the article's image, where it has one. */
	image?: string | undefined;
}

export function articleMeta(source: ArticleSource, { catalogue: c, bureau, url, image }: ArticleContext): ArticleMeta {
	const { title, summary, published } = source.entry.data;
	const common = { title, published, description: summary, url, image };
	switch (source.collection) {
		case 'policies': {
			const { issuer } = source.entry.data;
			return { ...common, source: issuer, author: issuer, keywords: policyKeywords(source.entry, c) };
		}
		case 'interpretations': {
			const { issuer, policy } = source.entry.data;
			const interpreted = c.policy(policy);
			return { ...common, source: issuer, author: issuer, keywords: interpreted ? policyKeywords(interpreted, c) : [] };
		}
		case 'news': {
			const { source: from = bureau, industries, prefecture } = source.entry.data;
			const keywords = [
				...industries.map((id) => pick(c.industry(id).name, c.locale)),
				prefecture ? pick(c.prefecture(prefecture).name, c.locale) : '',
			];
			return { ...common, source: from, author: from, keywords };
		}
		case 'cases': {
			const { industry, prefecture, investor } = source.entry.data;
			const keywords = [pick(investor, c.locale), pick(c.industry(industry).name, c.locale), pick(c.prefecture(prefecture).name, c.locale)];
			return { ...common, source: bureau, author: bureau, keywords };
		}
	}
}
