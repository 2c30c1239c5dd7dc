/** Flat shapes the sample covers are composed of, as SVG strings; sizes and places vary with the seed. */
export const W = 1280;
export const H = 720;

export type Random = () => number;

export const rect = (x: number, y: number, w: number, h: number, fill: string, extra = '') =>
	`<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" fill="${fill}"${extra}/>`;
export const circle = (x: number, y: number, radius: number, fill: string, extra = '') =>
	`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${radius.toFixed(1)}" fill="${fill}"${extra}/>`;
export const poly = (points: number[], fill: string, extra = '') =>
	`<polygon points="${points.map((p) => p.toFixed(1)).join(' ')}" fill="${fill}"${extra}/>`;
/** What n steps draw, one after another: the steps take their numbers from the seed in that order. */
export const repeat = (n: number, step: (i: number) => string) => Array.from({ length: n }, (_, i) => step(i)).join('');
/** n things at random places over the whole picture; each takes its x from the seed, then its y, then what it draws. */
export const scatter = (r: Random, n: number, draw: (x: number, y: number) => string) => repeat(n, () => draw(r() * W, r() * H));
/** One of items, chosen by the next number from the seed. */
export const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
/**
 * n things along a line (across or down), the i-th at from + i * step, pushed on by up to nudge: each takes
 * its place from the seed before what it draws takes any number.
 */
export const row = (r: Random, n: number, line: { from: number; step: number; nudge: number }, draw: (at: number, i: number) => string) =>
	repeat(n, (i) => draw(line.from + i * line.step + r() * line.nudge, i));

export function mountains(r: Random, colour: string, base: number, height: number) {
	let d = `M0 ${H} L0 ${base}`;
	for (let x = 0; x <= W; x += 80) d += ` L${x} ${(base - r() * height).toFixed(1)}`;
	return `<path d="${d} L${W} ${H} Z" fill="${colour}"/>`;
}
export const hills = (r: Random) => mountains(r, '#8fb9a8', 380, 140) + mountains(r, '#6e9c86', 440, 100);
export const ground = (y: number, fill: string) => rect(0, y, W, H - y, fill);
export const sun = (r: Random, fill = '#f6c343') => circle(960 + r() * 200, 110 + r() * 60, 60, fill);

/** Factory halls with pitched roofs, optionally with rooftop panels or chimneys. */
export function halls(r: Random, n: number, y: number, opts: { panels?: boolean; chimneys?: boolean; x0?: number } = {}) {
	const w = W / n - 40;
	return row(r, n, { from: opts.x0 ?? 60, step: W / n, nudge: 20 }, (x) => {
		const h = 90 + r() * 80;
		return (
			rect(x, y - h, w, h, '#e8eef3') +
			poly([x - 6, y - h, x + w / 2, y - h - 36, x + w + 6, y - h], opts.panels ? '#1f4e79' : '#9fb3c2') +
			repeat(Math.floor(w / 42), (j) => rect(x + 14 + j * 42, y - h + 24, 24, 28, '#7aa6c8')) +
			(opts.chimneys ? rect(x + w - 40, y - h - 110, 22, 110, '#c9d4dd') : '')
		);
	});
}
export function tanks(r: Random, n: number, x0: number, y: number) {
	let s = '';
	for (let i = 0; i < n; i++) {
		const w = 90 + r() * 40;
		const h = 100 + r() * 80;
		const x = x0 + i * 150;
		s += rect(x, y - h, w, h, '#f4f6f7') + `<ellipse cx="${x + w / 2}" cy="${y - h}" rx="${w / 2}" ry="14" fill="#d5dbdb"/>`;
		s += rect(x, y - h * 0.55, w, 8, '#5dade2');
	}
	return s;
}
export function towers(r: Random, n: number, x0: number, y: number) {
	let s = '';
	for (let i = 0; i < n; i++) {
		const h = 220 + r() * 100;
		s += rect(x0 + i * 60, y - h, 30, h, '#aeb6bf') + rect(x0 + i * 60 - 8, y - h + 40, 46, 8, '#85929e');
	}
	return s;
}
export function solarRows(r: Random, rows: number, y0: number) {
	let s = '';
	const shift = r() * 60;
	for (let line = 0; line < rows; line++)
		for (let i = -1; i < 10; i++) {
			const x = shift + i * 140 + line * 30;
			const y = y0 + line * 70;
			s += poly([x, y, x + 120, y, x + 100, y + 50, x - 20, y + 50], '#1f4e79', ' stroke="#9cc3e6" stroke-width="3"');
		}
	return s;
}
export function containers(r: Random, n: number, x0: number, y: number, colours: string[]) {
	let s = '';
	for (let i = 0; i < n; i++) {
		s += rect(x0 + i * 150, y - 95, 140, 95, pick(r, colours));
		for (let k = 1; k < 7; k++) s += rect(x0 + i * 150 + k * 20, y - 90, 3, 85, '#00000022');
	}
	return s;
}
export const rail = (y: number) => rect(0, y, W, 10, '#6d6d6d') + rect(0, y + 10, W, 8, '#8d6e63');
export function train(r: Random, x0: number, y: number, colours: string[]) {
	let s = rect(x0, y - 110, 170, 110, '#c0392b') + rect(x0 + 20, y - 95, 60, 40, '#d6eaf8');
	s += containers(r, 6, x0 + 180, y - 8, colours) + rect(x0, y - 12, 1100, 12, '#34495e');
	return s;
}
export function truck(x: number, y: number, body: string) {
	return (
		rect(x, y - 70, 120, 60, body) +
		rect(x + 122, y - 50, 42, 40, '#2e4053') +
		circle(x + 30, y - 6, 14, '#222') +
		circle(x + 140, y - 6, 14, '#222')
	);
}
export function trees(r: Random, n: number, y: number, kind: 'round' | 'palm' | 'pine') {
	let s = '';
	for (let i = 0; i < n; i++) {
		const x = r() * W;
		const h = 80 + r() * 80;
		if (kind === 'palm') {
			s += rect(x - 5, y - h, 10, h, '#8d6e63');
			for (let k = 0; k < 5; k++)
				s += `<ellipse cx="${x}" cy="${y - h}" rx="60" ry="12" fill="#27ae60" transform="rotate(${k * 36 - 72} ${x} ${y - h})"/>`;
		} else if (kind === 'pine')
			s += rect(x - 5, y - 30, 10, 30, '#6e2c00') + poly([x - 35, y - 25, x, y - h - 40, x + 35, y - 25], '#1e5631');
		else s += rect(x - 6, y - 40, 12, 40, '#6e2c00') + circle(x, y - 40 - h / 3, h / 2.5, '#3e8e41');
	}
	return s;
}
export const bushes = (r: Random, n: number, y: number, berry: string, leaf = '#2f6b2f') =>
	row(r, n, { from: 60, step: W / n, nudge: 30 }, (x) => {
		const radius = 70 + r() * 30;
		const berries = repeat(14, () => circle(x + (r() - 0.5) * radius * 1.6, y + (r() - 0.5) * radius * 1.4, 9, berry));
		return circle(x, y, radius, leaf) + berries;
	});
export function coils(r: Random, n: number, y: number) {
	let s = '';
	for (let i = 0; i < n; i++) {
		const radius = 60 + r() * 25;
		const x = 110 + i * 190;
		s += circle(x, y - radius, radius, '#cfd8dc', ' stroke="#90a4ae" stroke-width="6"') + circle(x, y - radius, radius * 0.35, '#607d8b');
	}
	return s;
}
export function ingots(r: Random, stacks: number, x0: number, y: number) {
	let s = '';
	for (let i = 0; i < stacks; i++)
		for (let layer = 0; layer < 3 + Math.floor(r() * 3); layer++) {
			const x = x0 + i * 170;
			const yy = y - layer * 34;
			s += poly([x, yy, x + 140, yy, x + 128, yy - 32, x + 12, yy - 32], layer % 2 ? '#d5dbdb' : '#bfc9ca', ' stroke="#909497"');
		}
	return s;
}
export function houses(r: Random, n: number, y: number, roof: string, wall = '#fdfefe') {
	const w = W / n - 30;
	return row(r, n, { from: 0, step: W / n, nudge: 30 }, (x) => {
		const h = 60 + r() * 40;
		return (
			rect(x, y - h, w, h, wall) +
			poly([x - 15, y - h, x + w / 2, y - h - 45, x + w + 15, y - h], roof) +
			rect(x + w / 2 - 14, y - 40, 28, 40, '#6e2c00')
		);
	});
}
export const greenhouses = (r: Random, n: number, y: number) =>
	row(
		r,
		n,
		{ from: 0, step: W / n, nudge: 20 },
		(x) =>
			`<path d="M${x} ${y} Q${x + W / n / 2 - 10} ${y - 150} ${x + W / n - 20} ${y} Z" fill="#f4f6f7" stroke="#aab7b8" stroke-width="3"/>`
	);
export function snowPeak(r: Random, x: number, height: number) {
	const base = 470;
	const top = base - height;
	return (
		poly([x - 420, base, x, top, x + 460, base], '#7f8c8d') +
		poly([x - 110, top + 110, x, top, x + 120, top + 110, x + 40, top + 90, x - 30, top + 120], '#fdfefe') +
		mountains(r, '#6e9c86', 500, 60)
	);
}
export function lake(r: Random, y: number, fill = '#3f88b5') {
	let s = rect(0, y, W, H - y, fill);
	for (let i = 0; i < 14; i++)
		s += `<path d="M${(r() * W).toFixed(1)} ${(y + 20 + r() * (H - y - 30)).toFixed(1)} q20 -8 40 0" stroke="#cfe6f5" stroke-width="4" fill="none"/>`;
	return s;
}
export function racks(r: Random, n: number) {
	let s = rect(0, 0, W, H, '#1b2631');
	for (let i = 0; i < n; i++) {
		const x = 40 + i * (W / n);
		s += rect(x, 120, W / n - 30, 520, '#2c3e50');
		for (let k = 0; k < 14; k++)
			s +=
				rect(x + 14, 140 + k * 34, W / n - 58, 24, '#34495e') + circle(x + W / n - 56, 152 + k * 34, 4, r() > 0.3 ? '#2ecc71' : '#f39c12');
	}
	return s;
}
export function rollsOfCloth(r: Random, colours: string[]) {
	let s = '';
	for (let line = 0; line < 3; line++)
		for (let i = 0; i < 7; i++) {
			const x = 100 + i * 170 + (line % 2) * 85;
			const y = 620 - line * 130;
			s += rect(x - 70, y - 60, 140, 120, pick(r, colours), ' rx="60"') + circle(x + 50, y, 12, '#fdfefe');
		}
	return s;
}
export const turbines = (r: Random, n: number, y: number) =>
	row(r, n, { from: 120, step: 260, nudge: 60 }, (x) => {
		const top = y - 260 - r() * 60;
		const a = r() * 120;
		const blade = (k: number) =>
			`<rect x="${x - 4}" y="${top - 110}" width="8" height="110" fill="#fdfefe" transform="rotate(${(a + k * 120).toFixed(1)} ${x} ${top})"/>`;
		return rect(x - 5, top, 10, y - top, '#f4f6f7') + repeat(3, blade);
	});
export function storageBoxes(r: Random, n: number, y: number) {
	let s = '';
	for (let i = 0; i < n; i++) {
		const x = 40 + i * 205;
		s += rect(x, y - 110, 190, 110, '#f4f6f7', ' stroke="#95a5a6" stroke-width="3"') + rect(x, y - 40, 190, 14, '#27ae60');
		for (let k = 0; k < 4; k++) s += rect(x + 16 + k * 44, y - 96, 30, 40, r() > 0.5 ? '#d5dbdb' : '#e5e8e8');
	}
	return s;
}
const TENT_FILLS = ['#e74c3c', '#f39c12', '#16a085', '#8e44ad', '#2980b9'];
export const tents = (r: Random, y: number) =>
	row(
		r,
		TENT_FILLS.length,
		{ from: 120, step: 230, nudge: 60 },
		(x, i) => poly([x - 70, y, x, y - 100, x + 70, y], TENT_FILLS[i]!) + poly([x - 14, y, x, y - 40, x + 14, y], '#00000044')
	);
export const crates = (r: Random, y: number, fills: string[]) =>
	repeat(12, (i) =>
		rect(80 + (i % 6) * 120, y - 70 - Math.floor(i / 6) * 70, 110, 64, pick(r, fills), ' stroke="#7e5109" stroke-width="3"')
	);
