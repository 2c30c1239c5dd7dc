/**
 * Draws the sample content's cover images: flat illustrations made from shapes, rasterised with
 * sharp. Nothing is downloaded. Run once with `node src/scripts/make-sample-images.ts`; the images
 * are committed next to their entries, and each entry's front matter names its image and describes it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { MEDIA_FOLDER } from '../schema/fields.ts';
import { join } from 'node:path';
import sharp from 'sharp';

const W = 1280;
const H = 720;

/** A deterministic pseudo-random sequence, so the same entry always gets the same picture. */
function random(seed: string) {
	let h = 2166136261;
	for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
	return () => ((h = Math.imul(h ^ (h >>> 15), 2246822507) ^ Math.imul(h ^ (h >>> 13), 3266489909)) >>> 0) / 2 ** 32;
}

const sky = (top: string, bottom: string) =>
	`<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#sky)"/>`;

function mountains(r: () => number, colour: string, base: number, height: number) {
	let d = `M0 ${H} L0 ${base}`;
	for (let x = 0; x <= W; x += 80) d += ` L${x} ${base - r() * height}`;
	return `<path d="${d} L${W} ${H} Z" fill="${colour}"/>`;
}

const MOTIFS: Record<string, (r: () => number) => string> = {
	factory: (r) => {
		let s = '';
		for (let i = 0; i < 5; i++) {
			const x = 140 + i * 210;
			const h = 120 + r() * 90;
			s += `<rect x="${x}" y="${560 - h}" width="170" height="${h}" fill="#e8eef3"/><rect x="${x + 120}" y="${420 - h}" width="26" height="${140}" fill="#c9d4dd"/>`;
			for (let j = 0; j < 4; j++) s += `<rect x="${x + 18 + j * 38}" y="${590 - h}" width="24" height="30" fill="#7aa6c8"/>`;
		}
		return s + `<rect y="560" width="${W}" height="${H - 560}" fill="#5d7a8c"/>`;
	},
	solar: (r) => {
		let s = `<circle cx="${1000 + r() * 120}" cy="150" r="70" fill="#f6c343"/>`;
		for (let row = 0; row < 4; row++)
			for (let i = 0; i < 9; i++) {
				const x = 40 + i * 140 + row * 30;
				const y = 430 + row * 70;
				s += `<polygon points="${x},${y} ${x + 120},${y} ${x + 100},${y + 50} ${x - 20},${y + 50}" fill="#1f4e79" stroke="#9cc3e6" stroke-width="3"/>`;
			}
		return s;
	},
	battery: () => {
		let s = '';
		for (let i = 0; i < 6; i++) {
			const x = 120 + i * 180;
			s += `<rect x="${x}" y="300" width="130" height="260" rx="14" fill="#eef5ef"/><rect x="${x + 45}" y="280" width="40" height="24" rx="6" fill="#cfe3d3"/><rect x="${x + 16}" y="${420 - i * 12}" width="98" height="${124 + i * 12}" rx="8" fill="#2e7d4f"/>`;
		}
		return s + `<rect y="560" width="${W}" height="${H - 560}" fill="#3b5d48"/>`;
	},
	tea: (r) => {
		let s = '';
		for (let i = 0; i < 9; i++) {
			const y = 330 + i * 45;
			s += `<path d="M0 ${y + r() * 20} Q${W / 2} ${y - 60 + r() * 40} ${W} ${y + r() * 20} L${W} ${y + 40} Q${W / 2} ${y - 20} 0 ${y + 40} Z" fill="${i % 2 ? '#4f7d2b' : '#6a9a3a'}"/>`;
		}
		return s;
	},
	city: (r) => {
		let s = '';
		for (let x = 0; x < W; x += 70) {
			const h = 120 + r() * 260;
			s += `<rect x="${x}" y="${560 - h}" width="60" height="${h}" fill="${r() > 0.5 ? '#dfe7ee' : '#c7d3de'}"/>`;
		}
		return s + `<rect y="560" width="${W}" height="${H - 560}" fill="#4a6478"/>`;
	},
	logistics: () => {
		let s = `<rect y="520" width="${W}" height="14" fill="#6d6d6d"/>`;
		const colours = ['#c0392b', '#2b5f75', '#d68910', '#1e8449', '#7d3c98'];
		for (let i = 0; i < 8; i++)
			s += `<rect x="${60 + i * 150}" y="420" width="140" height="95" fill="${colours[i % 5]}"/><rect x="${60 + i * 150}" y="420" width="140" height="10" fill="#00000022"/>`;
		return s + `<rect y="534" width="${W}" height="${H - 534}" fill="#8a9ba8"/>`;
	},
	water: (r) => {
		let s = `<rect y="470" width="${W}" height="${H - 470}" fill="#3f88b5"/>`;
		for (let i = 0; i < 12; i++)
			s += `<path d="M${r() * W} ${500 + r() * 200} q20 -8 40 0" stroke="#cfe6f5" stroke-width="4" fill="none"/>`;
		return s;
	},
	textile: () => {
		let s = '';
		const colours = ['#a34e7a', '#e3a6c4', '#f2d7e4', '#7a2f57'];
		for (let i = 0; i < 8; i++)
			s += `<path d="M0 ${300 + i * 50} C${W / 3} ${240 + i * 50} ${(2 * W) / 3} ${360 + i * 50} ${W} ${300 + i * 50} L${W} ${H} L0 ${H} Z" fill="${colours[i % 4]}" opacity="0.85"/>`;
		return s;
	},
	metal: () => {
		let s = '';
		for (let i = 0; i < 7; i++)
			s += `<rect x="${90 + i * 160}" y="${360 + (i % 3) * 30}" width="130" height="200" fill="#b9c3cb"/><rect x="${90 + i * 160}" y="${360 + (i % 3) * 30}" width="130" height="24" fill="#e5eaee"/>`;
		return s + `<rect y="560" width="${W}" height="${H - 560}" fill="#55636e"/>`;
	},
};

const SKIES: Record<string, [string, string]> = {
	factory: ['#7fb3d5', '#d6eaf8'],
	solar: ['#5dade2', '#d4efdf'],
	battery: ['#76d7c4', '#e8f8f5'],
	tea: ['#a9dfbf', '#fdfefe'],
	city: ['#85c1e9', '#ebf5fb'],
	logistics: ['#aed6f1', '#fef9e7'],
	water: ['#5dade2', '#fdebd0'],
	textile: ['#f5b7b1', '#fdedec'],
	metal: ['#a9cce3', '#f2f3f4'],
};

export async function drawCover(seed: string, motif: string): Promise<Buffer> {
	const r = random(seed);
	const [top, bottom] = SKIES[motif] ?? SKIES.city!;
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${sky(top, bottom)}${mountains(r, '#8fb9a8', 380, 140)}${mountains(r, '#6e9c86', 440, 100)}${(MOTIFS[motif] ?? MOTIFS.city!)(r)}</svg>`;
	return sharp(Buffer.from(svg)).jpeg({ quality: 78, mozjpeg: true }).toBuffer();
}

/** Which picture each industry gets. */
export const MOTIF_OF_INDUSTRY: Record<string, string> = {
	'green-aluminium': 'metal',
	'silicon-photovoltaics': 'solar',
	'new-energy-batteries': 'battery',
	'energy-storage': 'battery',
	'phosphorus-chemicals': 'factory',
	'nonferrous-metals': 'metal',
	biomedicine: 'city',
	'plateau-agriculture': 'tea',
	'food-processing': 'tea',
	'culture-tourism': 'water',
	'advanced-manufacturing': 'factory',
	'textiles-apparel': 'textile',
	'modern-logistics': 'logistics',
	'digital-economy': 'city',
};

/** Adds the cover to an entry's front matter (both languages) unless it already has images. */
function addToFrontMatter(file: string, lines: string) {
	if (!existsSync(file)) return;
	const text = readFileSync(file, 'utf8');
	if (/^images:/m.test(text)) return;
	writeFileSync(file, text.replace(/\n---\n/, `\n${lines}\n---\n`));
}

if (import.meta.main) {
	const root = join(process.cwd(), 'content');
	const covers: [collection: string, id: string, motif: string, zh: string, en: string][] = JSON.parse(
		readFileSync(join(import.meta.dirname, 'sample-covers.json'), 'utf8')
	);
	for (const [collection, id, motif, zh, en] of covers) {
		const dir = join(root, collection, id);
		mkdirSync(join(dir, MEDIA_FOLDER), { recursive: true });
		writeFileSync(join(dir, MEDIA_FOLDER, 'cover.jpg'), await drawCover(id, motif));
		addToFrontMatter(join(dir, 'index.zh-CN.md'), `images:\n  - ${MEDIA_FOLDER}/cover.jpg\nimageAlts:\n  - ${JSON.stringify(zh)}`);
		addToFrontMatter(join(dir, 'index.en.md'), `imageAlts:\n  - ${JSON.stringify(en)}`);
		console.log(`${collection}/${id}/${MEDIA_FOLDER}/cover.jpg`);
	}
}
