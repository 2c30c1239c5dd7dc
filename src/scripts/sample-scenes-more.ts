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
	pick,
	poly,
	rect,
	repeat,
	row,
	scatter,
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
	row(r, 5, { from: 80, step: 250, nudge: 40 }, (x) => poly([x - 110, y, x, y - (70 + r() * 50), x + 110, y], fill));

export const MORE_SCENES: Record<string, Scene> = {
	'graphite-kilns': {
		sky: ['#85929e', '#eaeded'],
		draw: (r) =>
			hills(r) +
			halls(r, 3, 560, { chimneys: true }) +
			repeat(3, (i) => rect(180 + i * 400, 470, 120, 40, '#e67e22', ' opacity="0.8"')) +
			ground(560, '#4d5656') +
			heaps(r, 690, '#1c2833'),
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
		draw: (r) =>
			hills(r) +
			tanks(r, 3, 740, 560) +
			repeat(4, (i) => rect(0, 380 + i * 34, 720, 16, ['#d35400', '#f4d03f', '#5dade2', '#a6acaf'][i]!)) +
			repeat(5, (i) => rect(40 + i * 140, 370, 14, 190, '#566573')) +
			ground(560, '#5d6d7e'),
	},
	'coffee-beans': {
		sky: ['#d7bde2', '#fdf2e9'],
		draw: (r) =>
			rect(0, 0, W, H, '#d5b48c') +
			scatter(r, 90, (x, y) => {
				const [cx, cy] = [x.toFixed(0), y.toFixed(0)];
				return `<g transform="rotate(${(r() * 180).toFixed(0)} ${cx} ${cy})"><ellipse cx="${cx}" cy="${cy}" rx="34" ry="24" fill="#5b3a1e"/><path d="M${(x - 30).toFixed(0)} ${cy} q30 8 60 0" stroke="#2e1a0c" stroke-width="4" fill="none"/></g>`;
			}),
	},
	'dam-and-profiles': {
		sky: ['#85c1e9', '#ebf5fb'],
		draw: (r) =>
			mountains(r, '#6e9c86', 260, 120) +
			poly([300, 180, 980, 180, 1040, 470, 240, 470], '#d5d8dc') +
			rect(240, 470, 800, 30, '#5dade2') +
			repeat(8, (i) => rect(0, 560 + i * 18, W * (0.5 + r() * 0.5), 12, i % 2 ? '#bfc9ca' : '#e5e8e8')) +
			rect(0, 500, W, 60, '#5b7d5a'),
	},
	'alloy-wheels': {
		sky: ['#aab7b8', '#f4f6f7'],
		draw: (r) =>
			repeat(4, (i) => {
				const [x, y, turn] = [190 + i * 300, 380 + (i % 2) * 40, r() * 72];
				const spoke = (k: number) =>
					`<rect x="${x - 10}" y="${y - 95}" width="20" height="95" fill="#909497" transform="rotate(${(turn + k * 72).toFixed(1)} ${x} ${y})"/>`;
				return circle(x, y, 130, '#2c3e50') + circle(x, y, 100, '#d0d3d4') + repeat(5, spoke) + circle(x, y, 24, '#566573');
			}) + ground(600, '#566573'),
	},
	'shaded-herbs': {
		sky: ['#a9dfbf', '#fdfefe'],
		draw: (r) =>
			hills(r) +
			ground(520, '#6e2c00') +
			rect(0, 300, W, 14, '#17202a', ' opacity="0.8"') +
			repeat(7, (i) => rect(40 + i * 200, 300, 10, 240, '#4d5656')) +
			row(
				r,
				16,
				{ from: 40, step: 78, nudge: 20 },
				(x) => rect(x - 3, 470, 6, 60, '#1e8449') + poly([x - 40, 480, x, 440, x + 40, 480], '#27ae60') + circle(x, 440, 12, '#c0392b')
			),
	},
	'garment-rail': {
		sky: ['#fdebd0', '#fdfefe'],
		draw: (r) =>
			rect(0, 180, W, 10, '#7b7d7d') +
			repeat(9, (i) => {
				const x = 90 + i * 135;
				const fill = pick(r, ['#2471a3', '#c0392b', '#f5b041', '#1abc9c', '#8e44ad', '#f4f6f7', '#2c3e50']);
				return (
					rect(x + 52, 190, 4, 30, '#7b7d7d') +
					poly([x, 240, x + 108, 240, x + 130, 300, x + 104, 310, x + 100, 500, x + 8, 500, x + 4, 310, x - 22, 300], fill)
				);
			}) +
			ground(600, '#d0d3d4'),
	},
	'circuit-board': {
		sky: ['#145a32', '#1e8449'],
		draw: (r) =>
			repeat(
				26,
				(i) =>
					`<path d="M${(r() * W * 0.6).toFixed(0)} ${30 + i * 26} h${(120 + r() * 300).toFixed(0)} l30 30 h${(100 + r() * 200).toFixed(0)}" stroke="#d4ac0d" stroke-width="4" fill="none"/>`
			) +
			repeat(7, (i) => {
				const [x, y] = [60 + i * 175, 200 + r() * 300];
				const pins = repeat(6, (k) => rect(x + 8 + k * 19, y - 12, 8, 12, '#bfc9ca') + rect(x + 8 + k * 19, y + 90, 8, 12, '#bfc9ca'));
				return rect(x, y, 120, 90, '#17202a', ' rx="6"') + pins;
			}),
	},
	'tea-rows': {
		sky: ['#d4efdf', '#fdfefe'],
		draw: (r) =>
			hills(r) +
			ground(420, '#7d6608') +
			trees(r, 4, 420, 'round') +
			repeat(4, (line) =>
				row(
					r,
					9,
					{ from: 60 + line * 40, step: 150, nudge: 10 },
					(x) => `<ellipse cx="${x.toFixed(0)}" cy="${470 + line * 66}" rx="70" ry="32" fill="${line % 2 ? '#3c7a2f' : '#4f9a3a'}"/>`
				)
			),
	},
	'coffee-cherries': {
		sky: ['#f9e79f', '#fdfefe'],
		draw: (r) =>
			hills(r) +
			`<path d="M0 ${300 + r() * 40} C400 260 800 420 ${W} 330" stroke="#6e2c00" stroke-width="16" fill="none"/>` +
			repeat(9, (i) => {
				const [x, y] = [80 + i * 140, 320 + Math.sin(i) * 30];
				return (
					`<ellipse cx="${x}" cy="${y - 50}" rx="30" ry="70" fill="#1e8449" transform="rotate(-30 ${x} ${y})"/>` +
					repeat(5, () => circle(x + 20 + (r() - 0.5) * 50, y + 20 + r() * 40, 16, r() > 0.25 ? '#c0392b' : '#f39c12'))
				);
			}) +
			ground(620, '#7d6608'),
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
		draw: (r) =>
			rect(0, 520, W, 200, '#a04000') +
			repeat(9, (i) => {
				const x = 80 + i * 135;
				const fill = pick(r, ['#e74c3c', '#f1c40f', '#3498db', '#9b59b6', '#1abc9c', '#e67e22']);
				return poly([x - 50, 520, x - 28, 260, x + 28, 260, x + 50, 520], fill) + rect(x - 8, 230, 16, 40, '#f5f5dc');
			}),
	},
	'tea-terraces': {
		sky: ['#a9dfbf', '#fdfefe'],
		draw: (r) =>
			hills(r) +
			repeat(9, (i) => {
				const y = 330 + i * 45;
				return `<path d="M0 ${y + r() * 20} Q${W / 2} ${y - 60 + r() * 40} ${W} ${y + r() * 20} L${W} ${y + 40} Q${W / 2} ${y - 20} 0 ${y + 40} Z" fill="${i % 2 ? '#4f7d2b' : '#6a9a3a'}"/>`;
			}),
	},
};
