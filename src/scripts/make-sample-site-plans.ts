/**
 * Draws sample site plans (总平面图) for the projects that publish an investment breakdown: the
 * plot, its zones numbered and listed in the description, the road it fronts and a north arrow,
 * rasterised with sharp. The drawing carries no text but digits and “N”, so it needs no fonts; the
 * description says what each number is. Same project, same picture. Run
 * `node src/scripts/make-sample-site-plans.ts`; the images are committed next to their entries.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { MEDIA_FOLDER } from '../schema/fields.ts';
import { split } from './make-sample-pdfs.ts';

const W = 1200;
const H = 800;
const PROJECTS = join(process.cwd(), 'content', 'projects');
export const SITE_PLAN = `${MEDIA_FOLDER}/site-plan.png`;

interface Zone {
	zh: string;
	en: string;
	fill: string;
}
const ZONES: Record<string, Zone[]> = {
	factory: [
		{ zh: '生产区', en: 'production', fill: '#c9dced' },
		{ zh: '仓储物流区', en: 'storage and logistics', fill: '#f3e2b8' },
		{ zh: '研发办公区', en: 'R&D and offices', fill: '#d7ecd2' },
		{ zh: '公用工程区', en: 'utilities', fill: '#e4d5ea' },
	],
	logistics: [
		{ zh: '冷库', en: 'cold stores', fill: '#c9dced' },
		{ zh: '分拣中心', en: 'sorting centre', fill: '#f3e2b8' },
		{ zh: '货车停车场', en: 'lorry park', fill: '#e6e6e6' },
		{ zh: '综合办公区', en: 'offices', fill: '#d7ecd2' },
	],
	farm: [
		{ zh: '种植区', en: 'growing area', fill: '#d7ecd2' },
		{ zh: '冷链分选中心', en: 'cold-chain grading centre', fill: '#c9dced' },
		{ zh: '管理用房', en: 'site office', fill: '#f3e2b8' },
	],
};
const KIND: Record<string, keyof typeof ZONES> = { 'modern-logistics': 'logistics', 'plateau-agriculture': 'farm' };

/** A deterministic pseudo-random sequence, so the same project always gets the same plan. */
function random(seed: string) {
	let h = 2166136261;
	for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
	return () => ((h = Math.imul(h ^ (h >>> 15), 2246822507) ^ Math.imul(h ^ (h >>> 13), 3266489909)) >>> 0) / 2 ** 32;
}

/** The plan as SVG and its zones, for the description. */
export function sitePlanSvg(code: string, industry: string): { svg: string; zones: Zone[] } {
	const r = random(code);
	const zones = ZONES[KIND[industry] ?? 'factory']!;
	// The plot: a quadrilateral south of the road, its corners moved a little per project.
	const j = () => Math.round(r() * 60);
	const plot = [
		[120 + j(), 170],
		[1060 - j(), 170],
		[1080 - j(), 720 - j()],
		[100 + j(), 720 - j()],
	];
	const inner = { x: 190, y: 230, w: 820, h: 420 };
	const widths = zones.map(() => 0.6 + r());
	const total = widths.reduce((a, b) => a + b, 0);
	let x = inner.x;
	const rects = zones.map((z, i) => {
		const w = (widths[i]! / total) * inner.w;
		const rect = `<rect x="${x.toFixed(0)}" y="${inner.y}" width="${(w - 16).toFixed(0)}" height="${inner.h}" fill="${z.fill}" stroke="#4f5a65" stroke-width="2"/>
<circle cx="${(x + w / 2 - 8).toFixed(0)}" cy="${inner.y + inner.h / 2}" r="34" fill="#fff" stroke="#1b2127" stroke-width="3"/>
<text x="${(x + w / 2 - 8).toFixed(0)}" y="${inner.y + inner.h / 2 + 14}" font-family="sans-serif" font-size="40" font-weight="700" text-anchor="middle" fill="#1b2127">${i + 1}</text>`;
		x += w;
		return rect;
	});
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<rect width="${W}" height="${H}" fill="#f7f7f2"/>
<rect x="0" y="70" width="${W}" height="70" fill="#9aa5ae"/>
<line x1="0" y1="105" x2="${W}" y2="105" stroke="#fff" stroke-width="4" stroke-dasharray="30 20"/>
<polygon points="${plot.map((p) => p.join(',')).join(' ')}" fill="#fff" stroke="#b3261e" stroke-width="6" stroke-dasharray="18 10"/>
<rect x="560" y="140" width="80" height="90" fill="#9aa5ae"/>
${rects.join('\n')}
<g transform="translate(1120 680)"><polygon points="0,-70 22,0 0,-14 -22,0" fill="#1b2127"/><text x="0" y="40" font-family="sans-serif" font-size="36" font-weight="700" text-anchor="middle" fill="#1b2127">N</text></g>
</svg>`;
	return { svg, zones };
}

/** What the plan shows, in each language, for screen readers. */
export function sitePlanAlt(zones: readonly Zone[]): { 'zh-CN': string; en: string } {
	return {
		'zh-CN': `示意总平面图（样本）：红色虚线为用地红线，北侧临园区道路，主入口居中；地块内由西向东为${zones.map((z, i) => `${i + 1} ${z.zh}`).join('、')}。`,
		en: `Sample site plan: the plot boundary in dashed red fronts the park road to the north, with the main entrance in the middle; from west to east the zones are ${zones.map((z, i) => `${i + 1} ${z.en}`).join(', ')}.`,
	};
}

async function drawPlan(id: string) {
	const dir = join(PROJECTS, id);
	const zhFile = join(dir, 'index.zh-CN.md');
	const { front, body } = split(readFileSync(zhFile, 'utf8'));
	const code = /^code: (.+)$/m.exec(front)![1]!;
	const industry = /^industry: (.+)$/m.exec(front)![1]!;
	const { svg, zones } = sitePlanSvg(code, industry);
	writeFileSync(join(dir, SITE_PLAN), await sharp(Buffer.from(svg)).png({ palette: true, compressionLevel: 9 }).toBuffer());
	const alt = sitePlanAlt(zones);
	if (!/^sitePlan:/m.test(front))
		writeFileSync(zhFile, `---\n${front}\nsitePlan: ${SITE_PLAN}\nsitePlanAlt: "${alt['zh-CN']}"\n---\n${body}`);
	const enFile = join(dir, 'index.en.md');
	const en = split(readFileSync(enFile, 'utf8'));
	if (!/^sitePlanAlt:/m.test(en.front)) writeFileSync(enFile, `---\n${en.front}\nsitePlanAlt: "${alt.en}"\n---\n${en.body}`);
	console.log(`projects/${id}/${SITE_PLAN}`);
}

if (import.meta.main) {
	const withBreakdown = (id: string) => /^breakdown:/m.test(readFileSync(join(PROJECTS, id, 'index.zh-CN.md'), 'utf8'));
	for (const id of readdirSync(PROJECTS).filter(withBreakdown)) await drawPlan(id);
}
