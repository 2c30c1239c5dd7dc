import { routes } from '../../lib/routes.ts';

/** robots.txt: the whole site but the CMS, and where its XML sitemap is. */
export function robotsTxt(siteUrl: string): string {
	return ['User-agent: *', 'Disallow: /admin/', '', `Sitemap: ${new URL(routes.xmlSitemap, siteUrl).href}`, ''].join('\n');
}
