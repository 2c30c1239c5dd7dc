/**
 * The bureau's settings (`content/site.yaml`), validated by the same schema the content check and
 * the CMS use. Import `site` wherever the bureau's identity, contacts or map settings are needed.
 */
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import raw from '../content/site.yaml?raw';
import { siteSettings, type SiteSettings } from './schema/site.ts';
import { objectSchema } from './schema/zod.ts';

// Images in site settings are paths under public/, so no image() processing is needed here.
export const site = objectSchema(siteSettings.fields, { image: () => z.string() }).parse(yaml.load(raw)) as SiteSettings;
