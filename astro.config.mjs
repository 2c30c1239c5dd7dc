// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { readSiteSettings } from './src/catalogue/site.ts';
import { cmsAdmin } from './src/integrations/cms-admin';
import { contentCheck } from './src/integrations/content-check';
import { contentStore } from './src/integrations/content-store';
import { sitemapOptions } from './src/features/sitemap/xml-sitemap.ts';
import { headersFileIntegration } from './src/integrations/headers-file';
import { cspDirectives, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/csp';
import { safeHtmlPlugin } from './src/lib/markdown/safe-html';

/** The production origin and map tiles come from the bureau's settings, like everything else about it. */
const settings = readSiteSettings();
const site = settings.url;

export default defineConfig({
	site,
	trailingSlash: 'always',
	// Stylesheets as files, never inline, so the policy needs no style hashes beyond Astro's own.
	// Pages render four at a time: rendering waits on I/O and image encoding as much as on the CPU.
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
	// Scripts as files too: the header policy allows our own files, not inline code.
	vite: { build: { assetsInlineLimit: 0 } },
	security: {
		csp: {
			directives: cspDirectives(settings.map.tiles),
			scriptDirective: { resources: SCRIPT_SOURCES },
			styleDirective: { resources: STYLE_SOURCES },
		},
	},
	markdown: {
		// Code highlighting would need inline styles, which the Content-Security-Policy forbids.
		syntaxHighlight: false,
		processor: satteri({ hastPlugins: [safeHtmlPlugin({ site })] }),
	},
	integrations: [
		contentStore(),
		contentCheck(),
		mdx(),
		sitemap({
			i18n: { defaultLocale: 'zh-CN', locales: { 'zh-CN': 'zh-CN', en: 'en' } },
			...sitemapOptions(process.cwd()),
		}),
		headersFileIntegration(settings),
		cmsAdmin(),
	],
});
