/**
 * Draws the sample content's cover images: flat illustrations made from shapes, rasterised with
 * sharp. Nothing is downloaded. Run once with `node src/scripts/make-sample-images.ts`; the images
 * are committed next to their entries, and each entry's front matter names its image and describes it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { MEDIA_FOLDER } from '../schema/fields.ts';
import { join } from 'node:path';
import sharp from 'sharp';
import { sceneSvg } from './sample-scenes.ts';

/** A deterministic pseudo-random sequence, so the same entry always gets the same picture. */
function random(seed: string) {
	let h = 2166136261;
	for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
	return () => ((h = Math.imul(h ^ (h >>> 15), 2246822507) ^ Math.imul(h ^ (h >>> 13), 3266489909)) >>> 0) / 2 ** 32;
}

/** The entry's cover: its scene, varied by its id. */
export async function drawCover(seed: string, scene: string): Promise<Buffer> {
	return sharp(Buffer.from(sceneSvg(scene, random(seed))))
		.jpeg({ quality: 78, mozjpeg: true })
		.toBuffer();
}

export type Cover = [collection: string, id: string, scene: string, zh: string, en: string];
export const COVERS: Cover[] = JSON.parse(readFileSync(join(import.meta.dirname, 'sample-covers.json'), 'utf8'));

/** Gives an entry its cover (both languages), or describes the cover it has anew. */
function setFrontMatter(file: string, images: string, alt: string) {
	if (!existsSync(file)) return;
	const text = readFileSync(file, 'utf8');
	const alts = `imageAlts:\n  - ${JSON.stringify(alt)}`;
	if (/^imageAlts:\n {2}- .*$/m.test(text)) writeFileSync(file, text.replace(/^imageAlts:\n {2}- .*$/m, alts));
	else if (!/^images:/m.test(text)) writeFileSync(file, text.replace(/\n---\n/, `\n${images}${alts}\n---\n`));
}

if (import.meta.main) {
	const root = join(process.cwd(), 'content');
	for (const [collection, id, scene, zh, en] of COVERS) {
		const dir = join(root, collection, id);
		mkdirSync(join(dir, MEDIA_FOLDER), { recursive: true });
		writeFileSync(join(dir, MEDIA_FOLDER, 'cover.jpg'), await drawCover(id, scene));
		setFrontMatter(join(dir, 'index.zh-CN.md'), `images:\n  - ${MEDIA_FOLDER}/cover.jpg\n`, zh);
		setFrontMatter(join(dir, 'index.en.md'), '', en);
		console.log(`${collection}/${id}/${MEDIA_FOLDER}/cover.jpg`);
	}
}
