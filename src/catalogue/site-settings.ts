import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { siteSettings, type SiteSettings } from '../schema/site.ts';
import { objectSchema } from '../schema/zod.ts';

/** Reads content/site.yaml's text. Images in site settings are paths under public/, not image() imports. */
export const parseSiteSettings = (text: string): SiteSettings =>
	objectSchema(siteSettings.fields, { image: () => z.string() }).parse(yaml.load(text)) as SiteSettings;
