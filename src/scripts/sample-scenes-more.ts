/** More of the sample covers' scenes (see sample-scenes.ts): the projects without a picture of their own before. */
import {
	H,
	W,
	circle,
	ground,
	halls,
	hills,
	ingots,
	mountains,
	poly,
	rect,
	storageBoxes,
	tanks,
	towers,
	trees,
	turbines,
	type Random,
} from './sample-shapes.ts';
import type { Scene } from './sample-scenes.ts';

/** Heaps of a bulk material in front of the hills. */
const heaps = (r: Random, y: number, fill: string) =>
	Array.from({ length: 5 }, (_, i) => {
		const x = 80 + i * 250 + r() * 40;
		const h = 70 + r() * 50;
		return poly([x - 110, y, x, y - h, x + 110, y], fill);
	}).join('');

export const MORE_SCENES: Record<string, Scene> = {
	'graphite-kilns': {
		sky: ['#85929e', '#eaeded'],
		draw: (r) => {
			let s = hills(r) + halls(r, 3, 560, { chimneys: true });
			for (let i = 0; i < 3; i++) s += rect(180 + i * 400, 470, 120, 40, '#e67e22', ' opacity="0.8"');
			return s + ground(560, '#4d5656') + heaps(r, 690, '#1c2833');
		},
	},
	'graphite-heaps': {
		sky: ['#7fb3d5', '#ebf5fb'],
		draw: (r) => mountains(r, '#5d6d7e', 300, 160) + halls(r, 4, 520) + ground(520, '#7f8c8d') + heaps(r, 680, '#212f3d'),
	},
	'storage-substation': {
		sky: ['#aed6f1', '#fdfefe'],
		draw: (r) => {
			let s = hills(r) + towers(r, 3, 140, 480);
			s += `<path d="M0 220 Q320 260 640 220 T${W} 220" stroke="#566573" stroke-width="3" fill="none"/>`;
			return s + ground(480, '#7dcea0') + storageBoxes(r, 6, 640) + rect(0, 640, W, H - 640, '#99a3a4');
		},
	},
	'pipe-rack': {
		sky: ['#a9cce3', '#f4f6f7'],
		draw: (r) => {
			let s = hills(r) + tanks(r, 3, 740, 560);
			for (let i = 0; i < 4; i++) s += rect(0, 380 + i * 34, 720, 16, ['#d35400', '#f4d03f', '#5dade2', '#a6acaf'][i]!);
			for (let x = 40; x < 720; x += 140) s += rect(x, 370, 14, 190, '#566573');
			return s + ground(560, '#5d6d7e');
		},
	},
	'coffee-beans': {
		sky: ['#d7bde2', '#fdf2e9'],
		draw: (r) => {
			let s = rect(0, 0, W, H, '#d5b48c');
			for (let i = 0; i < 90; i++) {
				const x = r() * W;
				const y = r() * H;
				const a = r() * 180;
				s += `<g transform="rotate(${a.toFixed(0)} ${x.toFixed(0)} ${y.toFixed(0)})"><ellipse cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" rx="34" ry="24" fill="#5b3a1e"/><path d="M${(x - 30).toFixed(0)} ${y.toFixed(0)} q30 8 60 0" stroke="#2e1a0c" stroke-width="4" fill="none"/></g>`;
			}
			return s;
		},
	},
	'dam-and-profiles': {
		sky: ['#85c1e9', '#ebf5fb'],
		draw: (r) => {
			let s =
				mountains(r, '#6e9c86', 260, 120) + poly([300, 180, 980, 180, 1040, 470, 240, 470], '#d5d8dc') + rect(240, 470, 800, 30, '#5dade2');
			for (let i = 0; i < 8; i++) s += rect(0, 560 + i * 18, W * (0.5 + r() * 0.5), 12, i % 2 ? '#bfc9ca' : '#e5e8e8');
			return s + rect(0, 500, W, 60, '#5b7d5a');
		},
	},
	'alloy-wheels': {
		sky: ['#aab7b8', '#f4f6f7'],
		draw: (r) => {
			let s = '';
			for (let i = 0; i < 4; i++) {
				const x = 190 + i * 300;
				const y = 380 + (i % 2) * 40;
				const turn = r() * 72;
				s += circle(x, y, 130, '#2c3e50') + circle(x, y, 100, '#d0d3d4');
				for (let k = 0; k < 5; k++)
					s += `<rect x="${x - 10}" y="${y - 95}" width="20" height="95" fill="#909497" transform="rotate(${(turn + k * 72).toFixed(1)} ${x} ${y})"/>`;
				s += circle(x, y, 24, '#566573');
			}
			return s + ground(600, '#566573');
		},
	},
	'shaded-herbs': {
		sky: ['#a9dfbf', '#fdfefe'],
		draw: (r) => {
			let s = hills(r) + ground(520, '#6e2c00') + rect(0, 300, W, 14, '#17202a', ' opacity="0.8"');
			for (let x = 40; x < W; x += 200) s += rect(x, 300, 10, 240, '#4d5656');
			for (let i = 0; i < 16; i++) {
				const x = 40 + i * 78 + r() * 20;
				s += rect(x - 3, 470, 6, 60, '#1e8449') + poly([x - 40, 480, x, 440, x + 40, 480], '#27ae60') + circle(x, 440, 12, '#c0392b');
			}
			return s;
		},
	},
	'garment-rail': {
		sky: ['#fdebd0', '#fdfefe'],
		draw: (r) => {
			let s = rect(0, 180, W, 10, '#7b7d7d');
			const colours = ['#2471a3', '#c0392b', '#f5b041', '#1abc9c', '#8e44ad', '#f4f6f7', '#2c3e50'];
			for (let i = 0; i < 9; i++) {
				const x = 90 + i * 135;
				const fill = colours[Math.floor(r() * colours.length)]!;
				s +=
					rect(x + 52, 190, 4, 30, '#7b7d7d') +
					poly([x, 240, x + 108, 240, x + 130, 300, x + 104, 310, x + 100, 500, x + 8, 500, x + 4, 310, x - 22, 300], fill);
			}
			return s + ground(600, '#d0d3d4');
		},
	},
	'circuit-board': {
		sky: ['#145a32', '#1e8449'],
		draw: (r) => {
			let s = '';
			for (let i = 0; i < 26; i++) {
				const y = 30 + i * 26;
				const x = r() * W * 0.6;
				s += `<path d="M${x.toFixed(0)} ${y} h${(120 + r() * 300).toFixed(0)} l30 30 h${(100 + r() * 200).toFixed(0)}" stroke="#d4ac0d" stroke-width="4" fill="none"/>`;
			}
			for (let i = 0; i < 7; i++) {
				const x = 60 + i * 175;
				const y = 200 + r() * 300;
				s += rect(x, y, 120, 90, '#17202a', ' rx="6"');
				for (let k = 0; k < 6; k++) s += rect(x + 8 + k * 19, y - 12, 8, 12, '#bfc9ca') + rect(x + 8 + k * 19, y + 90, 8, 12, '#bfc9ca');
			}
			return s;
		},
	},
	'tea-rows': {
		sky: ['#d4efdf', '#fdfefe'],
		draw: (r) => {
			let s = hills(r) + ground(420, '#7d6608') + trees(r, 4, 420, 'round');
			for (let row = 0; row < 4; row++)
				for (let i = 0; i < 9; i++)
					s += `<ellipse cx="${(60 + i * 150 + row * 40 + r() * 10).toFixed(0)}" cy="${470 + row * 66}" rx="70" ry="32" fill="${row % 2 ? '#3c7a2f' : '#4f9a3a'}"/>`;
			return s;
		},
	},
	'coffee-cherries': {
		sky: ['#f9e79f', '#fdfefe'],
		draw: (r) => {
			let s = hills(r) + `<path d="M0 ${300 + r() * 40} C400 260 800 420 ${W} 330" stroke="#6e2c00" stroke-width="16" fill="none"/>`;
			for (let i = 0; i < 9; i++) {
				const x = 80 + i * 140;
				const y = 320 + Math.sin(i) * 30;
				s += `<ellipse cx="${x}" cy="${y - 50}" rx="30" ry="70" fill="#1e8449" transform="rotate(-30 ${x} ${y})"/>`;
				for (let k = 0; k < 5; k++) s += circle(x + 20 + (r() - 0.5) * 50, y + 20 + r() * 40, 16, r() > 0.25 ? '#c0392b' : '#f39c12');
			}
			return s + ground(620, '#7d6608');
		},
	},
	'storage-and-wind': {
		sky: ['#85c1e9', '#ebf5fb'],
		draw: (r) => hills(r) + turbines(r, 5, 470) + storageBoxes(r, 6, 600) + ground(600, '#5b7d5a'),
	},
	'ingot-yard': {
		sky: ['#a9cce3', '#f2f3f4'],
		draw: (r) =>
			hills(r) +
			rect(80, 160, 20, 440, '#f39c12') +
			rect(80, 160, 620, 18, '#f39c12') +
			rect(620, 178, 4, 200, '#566573') +
			ingots(r, 6, 200, 600) +
			ground(600, '#616a6b'),
	},
	'yarn-cones': {
		sky: ['#f5b7b1', '#fdedec'],
		draw: (r) => {
			let s = rect(0, 520, W, 200, '#a04000');
			for (let i = 0; i < 9; i++) {
				const x = 80 + i * 135;
				const fill = ['#e74c3c', '#f1c40f', '#3498db', '#9b59b6', '#1abc9c', '#e67e22'][Math.floor(r() * 6)]!;
				s += poly([x - 50, 520, x - 28, 260, x + 28, 260, x + 50, 520], fill) + rect(x - 8, 230, 16, 40, '#f5f5dc');
			}
			return s;
		},
	},
	'tea-terraces': {
		sky: ['#a9dfbf', '#fdfefe'],
		draw: (r) => {
			let s = hills(r);
			for (let i = 0; i < 9; i++) {
				const y = 330 + i * 45;
				s += `<path d="M0 ${y + r() * 20} Q${W / 2} ${y - 60 + r() * 40} ${W} ${y + r() * 20} L${W} ${y + 40} Q${W / 2} ${y - 20} 0 ${y + 40} Z" fill="${i % 2 ? '#4f7d2b' : '#6a9a3a'}"/>`;
			}
			return s;
		},
	},
};
