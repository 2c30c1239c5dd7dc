import { describe, expect, it } from 'vitest';
import { placeHref } from './inspection.ts';

const SITE = 'https://invest.example';

describe('where a finding’s place opens', () => {
	it('opens content files in the CMS’s editor', () => {
		expect(placeHref('content/policies/yn-2024/index.zh-CN.md', SITE)).toBe('#/collections/policies/entries/yn-2024/index');
		expect(placeHref('content/news/signing/index.en.md', SITE)).toBe('#/collections/news/entries/signing/index');
		expect(placeHref('content/taxonomies/figures.yaml › figures[1] (growth)', SITE)).toBe('#/collections/taxonomies/entries/figures');
		expect(placeHref('content/site.yaml', SITE)).toBe('#/collections/settings/entries/site');
	});

	it('opens a page on the site, and nothing for several places or a column by name', () => {
		expect(placeHref('/news/', SITE)).toBe('https://invest.example/news/');
		expect(placeHref('/, /en/ (+3)', SITE)).toBeUndefined();
		expect(placeHref('/news/ › 通知公告', SITE)).toBeUndefined();
		expect(placeHref('/en/news/a/ (content/news/a/index.en.md)', SITE)).toBeUndefined();
	});
});
