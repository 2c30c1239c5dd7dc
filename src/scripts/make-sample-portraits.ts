/**
 * Draws the sample leaders' photos: a grey silhouette on a plain background, so the sample never
 * shows a real person's face. Run once with `node src/scripts/make-sample-portraits.ts`; the images
 * are committed next to their entries (content/leaders/<id>/files/portrait.jpg). A bureau replaces
 * them with its leaders' official photos.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { MEDIA_FOLDER } from '../schema/fields.ts';

const W = 480;
const H = 640;
const LEADERS = join(import.meta.dirname, '..', '..', 'content', 'leaders');
/** Background tints, one per leader in folder order, so the portraits are told apart at a glance. */
const TINTS = ['#dfe8ef', '#e4ebe3', '#ece6dc', '#e6e2ec', '#e1e9ea'];

const silhouette = (tint: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
	<rect width="${W}" height="${H}" fill="${tint}"/>
	<path d="M40 ${H} C40 470 130 420 240 420 C350 420 440 470 440 ${H} Z" fill="#8a97a3"/>
	<path d="M205 395 L205 430 Q240 455 275 430 L275 395 Z" fill="#7b8894"/>
	<ellipse cx="240" cy="285" rx="92" ry="112" fill="#8a97a3"/>
	<text x="${W / 2}" y="${H - 28}" text-anchor="middle" font-family="sans-serif" font-size="26" fill="#ffffff" opacity="0.85">SAMPLE</text>
</svg>`;

for (const [i, id] of readdirSync(LEADERS).sort().entries()) {
	const dir = join(LEADERS, id, MEDIA_FOLDER);
	mkdirSync(dir, { recursive: true });
	await sharp(Buffer.from(silhouette(TINTS[i % TINTS.length]!)))
		.jpeg({ quality: 80, mozjpeg: true })
		.toFile(join(dir, 'portrait.jpg'));
	console.log(`content/leaders/${id}/${MEDIA_FOLDER}/portrait.jpg`);
}
