/**
 * The bureau's standard map (map.standardMap in content/site.yaml), an image in content/map/, as the
 * build publishes it: WebP at most STANDARD_MAP_WIDTH wide, a size a phone can load. Scaled, never
 * redrawn: a standard map may be published only as issued.
 */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import type { SiteSettings } from '../../schema/site.ts';

/** Wide enough for the whole map at twice the pixels of a wide screen's map column. */
const STANDARD_MAP_WIDTH = 2400;

const images = import.meta.glob<ImageMetadata>('/content/map/*.{png,jpg,jpeg,webp,PNG,JPG,JPEG,WEBP}', { eager: true, import: 'default' });

let published: Promise<string> | undefined;

/** The URL of the standard map's image in the built site, or undefined when the settings name none. */
export function standardMapUrl(map: SiteSettings['map']): Promise<string> | undefined {
	const name = map.standardMap?.image;
	if (!name) return undefined;
	published ??= (async () => {
		const image = images[`/content/map/${name}`];
		// The content check has made sure the file is there; a miss here is a bug, not bad content.
		if (!image) throw new Error(`content/map/${name} was not bundled (found: ${Object.keys(images).join(', ') || 'nothing'})`);
		const { src } = await getImage({ src: image, format: 'webp', quality: 90, width: Math.min(image.width, STANDARD_MAP_WIDTH) });
		return src;
	})();
	return published;
}
