/**
 * The bureau's settings (`content/site.yaml`), validated by the same schema the content check and
 * the CMS use. Import `site` wherever the bureau's identity, contacts or map settings are needed.
 */
import raw from '../../content/site.yaml?raw';
import { parseSiteSettings } from './site-settings.ts';

export const site = parseSiteSettings(raw);
