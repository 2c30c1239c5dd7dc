/** The last of the sample covers' scenes (see sample-scenes.ts): places, crops and materials. */
import {
	H,
	W,
	bushes,
	circle,
	ground,
	halls,
	hills,
	houses,
	lake,
	mountains,
	pick,
	poly,
	rect,
	repeat,
	row,
	scatter,
	snowPeak,
	trees,
} from './sample-shapes.ts';
import type { Scene } from './sample-scenes.ts';

const flame = (x: number, y: number) =>
	poly([x - 14, y, x, y - 44, x + 14, y], '#f39c12') + poly([x - 7, y, x, y - 24, x + 7, y], '#f7dc6f');
const star = (x: number, y: number, radius: number, fill: string) =>
	poly(
		Array.from({ length: 14 }, (_, k) => {
			const a = (k * Math.PI) / 7;
			const d = k % 2 ? radius * 0.35 : radius;
			return [x + d * Math.cos(a), y + d * Math.sin(a)];
		}).flat(),
		fill
	);

export const REST_SCENES: Record<string, Scene> = {
	'lab-flasks': {
		sky: ['#d6eaf8', '#fdfefe'],
		draw: (r) =>
			rect(0, 520, W, 200, '#aab7b8') +
			repeat(7, (i) => {
				const x = 120 + i * 170;
				const liquid = pick(r, ['#5dade2', '#58d68d', '#f5b041', '#af7ac5']);
				return (
					rect(x - 14, 300, 28, 90, '#eaf2f8', ' stroke="#85929e" stroke-width="3"') +
					poly([x - 14, 390, x + 14, 390, x + 70, 520, x - 70, 520], '#eaf2f8', ' stroke="#85929e" stroke-width="3"') +
					poly([x - 40, 450, x + 40, 450, x + 68, 516, x - 68, 516], liquid)
				);
			}),
	},
	gears: {
		sky: ['#85929e', '#e5e8e8'],
		draw: (r) =>
			repeat(4, (i) => {
				const [x, y, radius] = [200 + i * 290, 300 + (i % 2) * 160, 100 + r() * 30];
				const tooth = (k: number) =>
					`<rect x="${x - 16}" y="${(y - radius - 26).toFixed(0)}" width="32" height="40" fill="#aeb6bf" transform="rotate(${k * 30} ${x} ${y})"/>`;
				return repeat(12, tooth) + circle(x, y, radius, '#aeb6bf') + circle(x, y, radius * 0.35, '#566573');
			}),
	},
	'lake-villas': {
		sky: ['#5dade2', '#fdebd0'],
		draw: (r) =>
			mountains(r, '#6e9c86', 360, 120) + houses(r, 6, 470, '#a04000', '#fdf2e9') + trees(r, 6, 470, 'round') + lake(r, 470, '#2e86c1'),
	},
	'mounting-frames': {
		sky: ['#aed6f1', '#fdfefe'],
		draw: (r) =>
			hills(r) +
			ground(560, '#99a3a4') +
			row(
				r,
				6,
				{ from: 60, step: 200, nudge: 20 },
				(x) =>
					rect(x, 300, 170, 110, 'none', ' stroke="#5d6d7e" stroke-width="14"') +
					`<path d="M${x + 20} 560 L${x + 40} 410 M${x + 150} 560 L${x + 130} 410 M${x + 20} 560 L${x + 130} 410" stroke="#808b96" stroke-width="8"/>`
			),
	},
	'titanium-bars': {
		sky: ['#5d6d7e', '#d6dbdf'],
		draw: (r) =>
			repeat(6, (line) => repeat(14, (i) => circle(80 + i * 85 + (line % 2) * 42, 640 - line * 74, 38, r() > 0.5 ? '#aeb6bf' : '#85929e'))),
	},
	'torch-festival': {
		sky: ['#1b2631', '#5b2c6f'],
		draw: (r) =>
			mountains(r, '#17202a', 420, 120) +
			houses(r, 5, 600, '#c0392b', '#f7dc6f') +
			ground(600, '#4a235a') +
			repeat(10, (i) => rect(80 + i * 120, 610, 8, 70, '#6e2c00') + flame(84 + i * 120, 612)),
	},
	'wafer-stacks': {
		sky: ['#eaf2f8', '#fdfefe'],
		draw: (r) => {
			let s = rect(0, 560, W, 160, '#d5d8dc');
			// A loop, not repeat(): every test of the bound takes a number from the seed, and the pictures depend on that.
			for (let i = 0; i < 5; i++)
				for (let k = 0; k < 8 + Math.floor(r() * 6); k++)
					s += poly(
						[100 + i * 230, 540 - k * 14, 260 + i * 230, 540 - k * 14, 300 + i * 230, 500 - k * 14, 140 + i * 230, 500 - k * 14],
						k % 2 ? '#5d6d7e' : '#85929e'
					);
			return s;
		},
	},
	'tiled-roofs': {
		sky: ['#3498db', '#d6eaf8'],
		draw: (r) => snowPeak(r, 900, 330) + repeat(3, (line) => houses(r, 6 - line, 560 + line * 70, '#34495e', '#f5eee0')),
	},
	'apple-orchard': {
		sky: ['#aed6f1', '#fef9e7'],
		draw: (r) => hills(r) + ground(500, '#7dcea0') + bushes(r, 7, 480, '#e74c3c', '#27ae60') + rect(0, 600, W, 120, '#a9dfbf'),
	},
	'mango-crates': {
		sky: ['#fdebd0', '#fdfefe'],
		draw: (r) =>
			halls(r, 2, 300, { x0: 200 }) +
			rect(0, 300, W, H - 300, '#d5d8dc') +
			repeat(15, (i) => {
				const [x, y] = [60 + (i % 5) * 240, 660 - Math.floor(i / 5) * 110];
				const mango = (k: number) =>
					`<ellipse cx="${x + 30 + k * 46}" cy="${y - 100}" rx="24" ry="16" fill="${r() > 0.4 ? '#f4d03f' : '#e67e22'}"/>`;
				return rect(x, y - 100, 200, 100, '#ca6f1e', ' stroke="#7e5109" stroke-width="4"') + repeat(4, mango);
			}),
	},
	rainforest: {
		sky: ['#a3e4d7', '#e8f8f5'],
		draw: (r) =>
			mountains(r, '#1e8449', 300, 120) +
			trees(r, 14, 520, 'round') +
			trees(r, 8, 600, 'palm') +
			trees(r, 12, 720, 'round') +
			rect(0, 380, W, 40, '#fdfefe', ' opacity="0.5"'),
	},
	'macadamia-nuts': {
		sky: ['#f6ddcc', '#fdfefe'],
		draw: (r) =>
			rect(0, 0, W, H, '#a0522d') +
			scatter(
				r,
				60,
				(x, y) => circle(x, y, 42, '#6e3b1f') + circle(x - 8, y - 8, 10, '#8d5524') + (r() > 0.6 ? circle(x, y, 28, '#f9e7c7') : '')
			),
	},
	'thatched-houses': {
		sky: ['#f5cba7', '#fdfefe'],
		draw: (r) =>
			hills(r) +
			ground(560, '#7e5109') +
			row(
				r,
				6,
				{ from: 90, step: 200, nudge: 30 },
				(x) =>
					rect(x - 60, 470, 120, 90, '#d7bfa6') +
					poly([x - 95, 480, x, 330 - r() * 40, x + 95, 480], '#a04000') +
					rect(x - 12, 500, 24, 60, '#4d2600')
			),
	},
	'canyon-river': {
		sky: ['#85c1e9', '#ebf5fb'],
		draw: (r) =>
			poly([0, 0, 420 + r() * 60, H, 0, H], '#5d6d7e') +
			poly([W, 0, 860 - r() * 60, H, W, H], '#4d5656') +
			trees(r, 4, 300, 'pine') +
			poly([610, 380, 670, 380, 900, H, 380, H], '#1abc9c'),
	},
	'herb-field': {
		sky: ['#d4efdf', '#fdfefe'],
		draw: (r) =>
			hills(r) +
			ground(440, '#6e2c00') +
			repeat(4, (line) =>
				repeat(10, (i) => {
					const [x, y] = [60 + i * 125 + line * 30, 480 + line * 70];
					return star(x, y, 36 + r() * 8, '#229954') + circle(x, y, 6, '#f4d03f');
				})
			),
	},
	'plateau-lodge': {
		sky: ['#2e86c1', '#d6eaf8'],
		draw: (r) =>
			snowPeak(r, 420, 300) +
			ground(560, '#a9cb5b') +
			rect(720, 420, 300, 140, '#fdfefe') +
			rect(720, 410, 300, 18, '#922b21') +
			repeat(5, (k) => rect(750 + k * 56, 460, 30, 40, '#2c3e50')) +
			`<path d="M560 300 L1200 360" stroke="#7b7d7d" stroke-width="2"/>` +
			repeat(12, (k) =>
				poly(
					[570 + k * 52, 301 + k * 5, 600 + k * 52, 304 + k * 5, 585 + k * 52, 340 + k * 5],
					['#2e86c1', '#fdfefe', '#c0392b', '#27ae60', '#f4d03f'][k % 5]!
				)
			),
	},
	'medicine-jars': {
		sky: ['#f9e79f', '#fdfefe'],
		draw: (r) =>
			rect(0, 300, W, 20, '#6e2c00') +
			rect(0, 560, W, 20, '#6e2c00') +
			rect(0, 580, W, 140, '#a04000') +
			repeat(2, (shelf) =>
				repeat(8, (i) => {
					const [x, y] = [60 + i * 150, shelf ? 560 : 300];
					return (
						rect(x, y - 150, 110, 150, '#d6eaf8', ' rx="18" opacity="0.9"') +
						rect(x + 10, y - 90, 90, 84, pick(r, ['#7d6608', '#922b21', '#196f3d', '#6c3483']), ' rx="10"') +
						rect(x + 20, y - 170, 70, 24, '#784212')
					);
				})
			),
	},
};
