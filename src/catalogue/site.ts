/**
 * The bureau's settings, content/site.yaml, validated by the schema the content check and the CMS
 * use, and read here only: the pages, astro.config.mjs, the CMS, the tools and the tests import them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { contentError } from '../content-check/check.ts';
import { siteSettings, type SiteSettings } from '../schema/site.ts';
import { objectSchema } from '../schema/zod.ts';

// Images in the settings are paths under public/, not image() imports.
const schema = objectSchema(siteSettings.fields, { image: () => z.string() });

/** The settings of the project at `root`; invalid settings throw the content check's report. */
export function readSiteSettings(root = process.cwd()): SiteSettings {
	const parsed = schema.safeParse(yaml.load(readFileSync(join(root, 'content', siteSettings.file), 'utf8'), { schema: yaml.CORE_SCHEMA }));
	if (parsed.success) return parsed.data as SiteSettings;
	throw contentError(root, parsed.error);
}

export const site: SiteSettings = readSiteSettings();
