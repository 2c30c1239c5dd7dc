/** The last of the sample covers' scenes (see sample-scenes.ts): places, crops and materials. */
import { H, W, bushes, circle, ground, halls, hills, houses, lake, mountains, poly, rect, snowPeak, trees } from './sample-shapes.ts';
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
		draw: (r) => {
			let s = rect(0, 520, W, 200, '#aab7b8');
			for (let i = 0; i < 7; i++) {
				const x = 120 + i * 170;
				const liquid = ['#5dade2', '#58d68d', '#f5b041', '#af7ac5'][Math.floor(r() * 4)]!;
				s +=
					rect(x - 14, 300, 28, 90, '#eaf2f8', ' stroke="#85929e" stroke-width="3"') +
					poly([x - 14, 390, x + 14, 390, x + 70, 520, x - 70, 520], '#eaf2f8', ' stroke="#85929e" stroke-width="3"');
				s += poly([x - 40, 450, x + 40, 450, x + 68, 516, x - 68, 516], liquid);
			}
			return s;
		},
	},
	gears: {
		sky: ['#85929e', '#e5e8e8'],
		draw: (r) => {
			let s = '';
			for (let i = 0; i < 4; i++) {
				const x = 200 + i * 290;
				const y = 300 + (i % 2) * 160;
				const radius = 100 + r() * 30;
				for (let k = 0; k < 12; k++)
					s += `<rect x="${x - 16}" y="${(y - radius - 26).toFixed(0)}" width="32" height="40" fill="#aeb6bf" transform="rotate(${k * 30} ${x} ${y})"/>`;
				s += circle(x, y, radius, '#aeb6bf') + circle(x, y, radius * 0.35, '#566573');
			}
			return s;
		},
	},
	'lake-villas': {
		sky: ['#5dade2', '#fdebd0'],
		draw: (r) =>
			mountains(r, '#6e9c86', 360, 120) + houses(r, 6, 470, '#a04000', '#fdf2e9') + trees(r, 6, 470, 'round') + lake(r, 470, '#2e86c1'),
	},
	'mounting-frames': {
		sky: ['#aed6f1', '#fdfefe'],
		draw: (r) => {
			let s = hills(r) + ground(560, '#99a3a4');
			for (let i = 0; i < 6; i++) {
				const x = 60 + i * 200 + r() * 20;
				s +=
					rect(x, 300, 170, 110, 'none', ' stroke="#5d6d7e" stroke-width="14"') +
					`<path d="M${x + 20} 560 L${x + 40} 410 M${x + 150} 560 L${x + 130} 410 M${x + 20} 560 L${x + 130} 410" stroke="#808b96" stroke-width="8"/>`;
			}
			return s;
		},
	},
	'titanium-bars': {
		sky: ['#5d6d7e', '#d6dbdf'],
		draw: (r) => {
			let s = '';
			for (let row = 0; row < 6; row++)
				for (let i = 0; i < 14; i++) s += circle(80 + i * 85 + (row % 2) * 42, 640 - row * 74, 38, r() > 0.5 ? '#aeb6bf' : '#85929e');
			return s;
		},
	},
	'torch-festival': {
		sky: ['#1b2631', '#5b2c6f'],
		draw: (r) => {
			let s = mountains(r, '#17202a', 420, 120) + houses(r, 5, 600, '#c0392b', '#f7dc6f') + ground(600, '#4a235a');
			for (let i = 0; i < 10; i++) s += rect(80 + i * 120, 610, 8, 70, '#6e2c00') + flame(84 + i * 120, 612);
			return s;
		},
	},
	'wafer-stacks': {
		sky: ['#eaf2f8', '#fdfefe'],
		draw: (r) => {
			let s = rect(0, 560, W, 160, '#d5d8dc');
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
		draw: (r) => {
			let s = snowPeak(r, 900, 330);
			for (let row = 0; row < 3; row++) s += houses(r, 6 - row, 560 + row * 70, '#34495e', '#f5eee0');
			return s;
		},
	},
	'apple-orchard': {
		sky: ['#aed6f1', '#fef9e7'],
		draw: (r) => hills(r) + ground(500, '#7dcea0') + bushes(r, 7, 480, '#e74c3c', '#27ae60') + rect(0, 600, W, 120, '#a9dfbf'),
	},
	'mango-crates': {
		sky: ['#fdebd0', '#fdfefe'],
		draw: (r) => {
			let s = halls(r, 2, 300, { x0: 200 }) + rect(0, 300, W, H - 300, '#d5d8dc');
			for (let i = 0; i < 15; i++) {
				const x = 60 + (i % 5) * 240;
				const y = 660 - Math.floor(i / 5) * 110;
				s += rect(x, y - 100, 200, 100, '#ca6f1e', ' stroke="#7e5109" stroke-width="4"');
				for (let k = 0; k < 4; k++)
					s += `<ellipse cx="${x + 30 + k * 46}" cy="${y - 100}" rx="24" ry="16" fill="${r() > 0.4 ? '#f4d03f' : '#e67e22'}"/>`;
			}
			return s;
		},
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
		draw: (r) => {
			let s = rect(0, 0, W, H, '#a0522d');
			for (let i = 0; i < 60; i++) {
				const x = r() * W;
				const y = r() * H;
				const cracked = r() > 0.6;
				s += circle(x, y, 42, '#6e3b1f') + circle(x - 8, y - 8, 10, '#8d5524') + (cracked ? circle(x, y, 28, '#f9e7c7') : '');
			}
			return s;
		},
	},
	'thatched-houses': {
		sky: ['#f5cba7', '#fdfefe'],
		draw: (r) => {
			let s = hills(r) + ground(560, '#7e5109');
			for (let i = 0; i < 6; i++) {
				const x = 90 + i * 200 + r() * 30;
				s +=
					rect(x - 60, 470, 120, 90, '#d7bfa6') +
					poly([x - 95, 480, x, 330 - r() * 40, x + 95, 480], '#a04000') +
					rect(x - 12, 500, 24, 60, '#4d2600');
			}
			return s;
		},
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
		draw: (r) => {
			let s = hills(r) + ground(440, '#6e2c00');
			for (let row = 0; row < 4; row++)
				for (let i = 0; i < 10; i++) {
					const x = 60 + i * 125 + row * 30;
					const y = 480 + row * 70;
					s += star(x, y, 36 + r() * 8, '#229954') + circle(x, y, 6, '#f4d03f');
				}
			return s;
		},
	},
	'plateau-lodge': {
		sky: ['#2e86c1', '#d6eaf8'],
		draw: (r) => {
			let s = snowPeak(r, 420, 300) + ground(560, '#a9cb5b') + rect(720, 420, 300, 140, '#fdfefe') + rect(720, 410, 300, 18, '#922b21');
			for (let k = 0; k < 5; k++) s += rect(750 + k * 56, 460, 30, 40, '#2c3e50');
			s += `<path d="M560 300 L1200 360" stroke="#7b7d7d" stroke-width="2"/>`;
			for (let k = 0; k < 12; k++)
				s += poly(
					[570 + k * 52, 301 + k * 5, 600 + k * 52, 304 + k * 5, 585 + k * 52, 340 + k * 5],
					['#2e86c1', '#fdfefe', '#c0392b', '#27ae60', '#f4d03f'][k % 5]!
				);
			return s;
		},
	},
	'medicine-jars': {
		sky: ['#f9e79f', '#fdfefe'],
		draw: (r) => {
			let s = rect(0, 300, W, 20, '#6e2c00') + rect(0, 560, W, 20, '#6e2c00') + rect(0, 580, W, 140, '#a04000');
			for (let shelf = 0; shelf < 2; shelf++)
				for (let i = 0; i < 8; i++) {
					const x = 60 + i * 150;
					const y = shelf ? 560 : 300;
					s +=
						rect(x, y - 150, 110, 150, '#d6eaf8', ' rx="18" opacity="0.9"') +
						rect(x + 10, y - 90, 90, 84, ['#7d6608', '#922b21', '#196f3d', '#6c3483'][Math.floor(r() * 4)]!, ' rx="10"') +
						rect(x + 20, y - 170, 70, 24, '#784212');
				}
			return s;
		},
	},
};
