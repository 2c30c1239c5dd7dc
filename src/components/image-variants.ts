/** The files made for a content image: ContentImage.astro draws them and cards drawn in the browser reuse them. */
import type { ImageMetadata } from 'astro';

export const IMAGE_FORMATS = ['avif', 'webp'] as const;

/** The widths made of an image: the standard ones it is wide enough for, or its own. */
export function imageWidths(image: ImageMetadata): number[] {
	const fitting = [360, 720, 1080, 1440].filter((w) => w <= image.width);
	return fitting.length ? fitting : [image.width];
}

/** The blurred preview shown while the image loads. */
export const previewOptions = (image: ImageMetadata) => ({ src: image, width: 24, format: 'webp', quality: 40 }) as const;
