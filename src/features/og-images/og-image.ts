/**
 * Open Graph cards (1200 × 630), drawn as SVG and rasterised with sharp. Which pages get which
 * card, in which language, is share-cards.ts's to say; this module only draws one.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

export interface Card {
	title: string;
	subtitle?: string | undefined;
	facts: string[];
	accent: string;
	organisation: string;
	/** The card's language; an English card's quotation marks are drawn straight (see `cardSvg`). */
	lang?: 'zh-CN' | 'en';
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Breaks text into at most `lines` lines of about `width` units (a CJK character counts 2, others 1). */
function wrap(text: string, width: number, lines: number): string[] {
	const out: string[] = [];
	let line = '';
	let used = 0;
	const tokens = text.match(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]|[^\s\p{Script=Han}]+\s*|\s+/gu) ?? [];
	for (const token of tokens) {
		const cost = [...token].reduce((n, c) => n + (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(c) ? 2 : 1), 0);
		if (used + cost > width && line) {
			out.push(line.trimEnd());
			line = '';
			used = 0;
		}
		line += token;
		used += cost;
	}
	if (line.trim()) out.push(line.trimEnd());
	if (out.length > lines) return [...out.slice(0, lines - 1), `${out[lines - 1]!.slice(0, -1)}…`];
	return out;
}

/** The CJK font draws curly quotation marks full width, which leaves gaps in English (“China’ s”). */
const straightQuotes = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

function cardSvg(card: Card): string {
	const en = card.lang === 'en' ? straightQuotes : (s: string) => s;
	const title = wrap(en(card.title), 32, 2);
	const subtitle = card.subtitle ? wrap(en(card.subtitle), 60, 2) : [];
	// One line of facts: a long venue is cut short rather than run off the card.
	const facts = wrap(en(card.facts.join('  ·  ')), 54, 1);
	const text = (lines: string[], x: number, y: number, size: number, weight: number, fill: string) =>
		lines
			.map(
				(l, i) => `<text x="${x}" y="${y + i * size * 1.3}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escape(l)}</text>`
			)
			.join('');
	return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif">
<rect width="1200" height="630" fill="#073d5e"/><rect width="24" height="630" fill="${escape(card.accent)}"/><rect y="590" width="1200" height="40" fill="#b3261e"/>
<path d="M760 630 900 470l80 90 90-150 130 220Z" fill="#fff" opacity=".08"/><circle cx="1100" cy="400" r="40" fill="#f2a900" opacity=".9"/>
${text([en(card.organisation)], 80, 110, 30, 600, '#b9d3e6')}
${text(title, 80, 230, 58, 700, '#ffffff')}
${text(subtitle, 80, 230 + title.length * 75 + 20, 30, 400, '#d8e6f0')}
${text(facts, 80, 540, 34, 600, '#f2a900')}
</svg>`;
}

/** The card as JPEG; cards already drawn are reused from the build cache. */
export async function renderCard(card: Card, cacheDir: string): Promise<Buffer> {
	const svg = cardSvg(card);
	const file = join(cacheDir, `${createHash('sha256').update(svg).digest('hex').slice(0, 32)}.jpg`);
	if (existsSync(file)) return readFileSync(file);
	// Plain libjpeg: mozjpeg would make each card four times slower to save a few kilobytes.
	const jpeg = await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
	mkdirSync(cacheDir, { recursive: true });
	writeFileSync(file, jpeg);
	return jpeg;
}
