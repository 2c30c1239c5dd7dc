// @ts-check
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import yaml from 'js-yaml';
import { contentCheck } from './src/integrations/content-check';
import { searchIndex } from './src/integrations/search-index';
import { safeHtmlPlugin } from './src/lib/markdown/safe-html';

/** The production origin comes from the bureau's settings, like everything else about the bureau. */
const { url: site } = /** @type {{ url: string }} */ (yaml.load(readFileSync('./content/site.yaml', 'utf8')));

export default defineConfig({
	site,
	trailingSlash: 'always',
	build: { format: 'directory' },
	markdown: {
		processor: satteri({ hastPlugins: [safeHtmlPlugin({ site })] }),
	},
	integrations: [
		contentCheck(),
		mdx(),
		sitemap({
			i18n: { defaultLocale: 'zh-CN', locales: { 'zh-CN': 'zh-CN', en: 'en' } },
		}),
		searchIndex(),
	],
});
