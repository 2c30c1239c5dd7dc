/**
 * The identity images of the footer (the 党政机关网站标识 and the 公安备案 icon): files in
 * content/identity/ that site.yaml names, published at the same path, with their size so the footer
 * reserves their space before they load.
 */
import { join } from 'node:path';
import sharp from 'sharp';
import { site } from '../../catalogue/site.ts';

export interface IdentityImage {
	/** The site path it is published at. */
	src: string;
	width: number;
	height: number;
}

/** The files site.yaml names: its value (`identity/<name>`) and where the file is. */
export function identityFiles(settings = site): { file: string; path: string }[] {
	const { psbIcon, partyBadgeImage } = settings.footer;
	return [psbIcon, partyBadgeImage].filter((f) => f !== undefined).map((file) => ({ file, path: join(process.cwd(), 'content', file) }));
}

const sizes = new Map<string, Promise<IdentityImage>>();

/** The image a site.yaml value names, measured once per build. */
export function identityImage(file: string): Promise<IdentityImage> {
	let image = sizes.get(file);
	if (!image) {
		image = sharp(join(process.cwd(), 'content', file))
			.metadata()
			.then(({ width, height }) => ({ src: `/${file}`, width, height }));
		sizes.set(file, image);
	}
	return image;
}
