/**
 * The sample covers' scenes: each entry gets a picture of what it actually is (a cold store, a
 * rolling mill, a coffee branch…), composed from a few flat shapes, so that no two unrelated
 * entries share an illustration. Positions and sizes vary with the entry's seed.
 */
import { MORE_SCENES } from './sample-scenes-more.ts';
import { REST_SCENES } from './sample-scenes-rest.ts';
import {
	H,
	W,
	bushes,
	circle,
	coils,
	containers,
	crates,
	greenhouses,
	ground,
	halls,
	hills,
	houses,
	ingots,
	lake,
	mountains,
	poly,
	racks,
	rail,
	rect,
	repeat,
	rollsOfCloth,
	row,
	snowPeak,
	solarRows,
	sun,
	tanks,
	tents,
	towers,
	train,
	trees,
	truck,
	type Random,
} from './sample-shapes.ts';

export interface Scene {
	sky: [top: string, bottom: string];
	draw: (r: Random) => string;
}

export const SCENES: Record<string, Scene> = {
	...MORE_SCENES,
	...REST_SCENES,
	refinery: { sky: ['#7fb3d5', '#d6eaf8'], draw: (r) => hills(r) + tanks(r, 4, 80, 560) + towers(r, 4, 760, 560) + ground(560, '#5d7a8c') },
	'rooftop-solar': {
		sky: ['#5dade2', '#d4efdf'],
		draw: (r) => hills(r) + sun(r) + halls(r, 4, 580, { panels: true }) + ground(580, '#5b7d5a'),
	},
	greenhouses: { sky: ['#a9dfbf', '#fdfefe'], draw: (r) => hills(r) + greenhouses(r, 6, 560) + ground(560, '#7d6608') },
	'hillside-solar': {
		sky: ['#85c1e9', '#fef9e7'],
		draw: (r) =>
			mountains(r, '#8fb9a8', 300, 120) +
			solarRows(r, 3, 330) +
			`<path d="M0 150 L${W} 230" stroke="#566573" stroke-width="2"/>` +
			towers(r, 2, 200, 600),
	},
	'mountain-factory': {
		sky: ['#7fb3d5', '#ebf5fb'],
		draw: (r) => mountains(r, '#5d6d7e', 300, 200) + halls(r, 5, 590, { chimneys: false }) + ground(590, '#4a6478'),
	},
	'border-bridge': {
		sky: ['#aed6f1', '#fef9e7'],
		draw: (r) =>
			hills(r) +
			lake(r, 520, '#a04000') +
			`<path d="M0 500 Q${W / 2} 380 ${W} 500" stroke="#7b7d7d" stroke-width="18" fill="none"/>` +
			rect(0, 470, W, 16, '#909497') +
			[0.2, 0.5, 0.8].map((f) => rect(W * f - 15, 486, 30, 140, '#7b7d7d')).join('') +
			truck(260 + r() * 100, 470, '#2471a3') +
			truck(760 + r() * 100, 470, '#d68910'),
	},
	'bonded-warehouses': {
		sky: ['#aed6f1', '#fef9e7'],
		draw: (r) =>
			hills(r) +
			halls(r, 3, 560) +
			containers(r, 4, 640, 560, ['#c0392b', '#2b5f75']) +
			ground(560, '#8a9ba8') +
			rect(0, 575, W, 4, '#566573'),
	},
	'cargo-plane': {
		sky: ['#5dade2', '#ebf5fb'],
		draw: (r) => {
			const y = 140 + r() * 60;
			return (
				hills(r) +
				halls(r, 4, 580) +
				ground(580, '#7f8c8d') +
				`<g transform="translate(${300 + r() * 300} ${y}) rotate(-8)">${rect(0, 0, 380, 46, '#fdfefe', ' rx="23"')}${poly([140, 20, 240, 20, 160, 150], '#d5dbdb')}${poly([320, 10, 380, 10, 390, -60], '#2471a3')}</g>`
			);
		},
	},
	'battery-cabinets': {
		sky: ['#76d7c4', '#e8f8f5'],
		draw: (r) => {
			const cabinets = repeat(6, (i) => {
				const x = 120 + i * 180;
				const level = 0.3 + r() * 0.6;
				return (
					rect(x, 300, 130, 260, '#eef5ef', ' rx="14"') +
					rect(x + 45, 280, 40, 24, '#cfe3d3', ' rx="6"') +
					rect(x + 16, 300 + 250 * (1 - level), 98, 250 * level, '#2e7d4f', ' rx="8"')
				);
			});
			// The levels take the seed's first numbers, before the hills behind them do.
			return hills(r) + cabinets + ground(560, '#3b5d48');
		},
	},
	city: {
		sky: ['#85c1e9', '#ebf5fb'],
		draw: (r) =>
			hills(r) +
			repeat(Math.ceil(W / 70), (i) => rect(i * 70, 560 - (120 + r() * 260), 60, 560, r() > 0.5 ? '#dfe7ee' : '#c7d3de')) +
			ground(560, '#4a6478'),
	},
	'aluminium-coils': {
		sky: ['#a9cce3', '#f2f3f4'],
		draw: (r) => hills(r) + halls(r, 2, 420, { x0: 300 }) + coils(r, 6, 600) + ground(600, '#55636e'),
	},
	'railway-tunnel': {
		sky: ['#aed6f1', '#fef9e7'],
		draw: (r) =>
			mountains(r, '#1e8449', 260, 120) +
			`<path d="M0 560 L0 380 Q120 300 240 380 L240 560 Z" fill="#17202a"/>` +
			trees(r, 6, 430, 'palm') +
			train(r, 150, 550, ['#c0392b', '#2b5f75', '#d68910', '#1e8449']) +
			rail(550) +
			ground(568, '#a9a9a9'),
	},
	'solar-field': { sky: ['#5dade2', '#d4efdf'], draw: (r) => hills(r) + sun(r) + solarRows(r, 4, 430) },
	fabric: {
		sky: ['#f5b7b1', '#fdedec'],
		draw: (r) =>
			hills(r) +
			row(
				r,
				8,
				{ from: 300, step: 50, nudge: 20 },
				(y, i) =>
					`<path d="M0 ${y} C${W / 3} ${y - 60} ${(2 * W) / 3} ${y + 60} ${W} ${y} L${W} ${H} L0 ${H} Z" fill="${['#a34e7a', '#e3a6c4', '#f2d7e4', '#7a2f57'][i % 4]}" opacity="0.85"/>`
			),
	},
	potline: {
		sky: ['#a9cce3', '#f2f3f4'],
		draw: (r) =>
			hills(r) +
			rect(0, 330, W, 130, '#d5d8dc') +
			poly([0, 330, W, 330, W, 300, 0, 300], '#909497') +
			towers(r, 3, 1000, 460) +
			ingots(r, 6, 80, 600) +
			ground(600, '#55636e'),
	},
	'research-campus': {
		sky: ['#85c1e9', '#e8f8f5'],
		draw: (r) => hills(r) + houses(r, 4, 570, '#5dade2', '#f8f9f9') + trees(r, 9, 600, 'round') + ground(600, '#58d68d'),
	},
	'cathode-plant': {
		sky: ['#76d7c4', '#e8f8f5'],
		draw: (r) => hills(r) + halls(r, 3, 580, { chimneys: true }) + tanks(r, 3, 820, 580) + ground(580, '#3b5d48'),
	},
	'solar-cells': {
		sky: ['#1f4e79', '#2e86c1'],
		draw: (r) =>
			repeat(4, (line) =>
				repeat(7, (i) => {
					const [x, y] = [20 + i * 180, 20 + line * 175];
					return (
						rect(x, y, 170, 165, r() > 0.5 ? '#17375e' : '#1b4170', ' rx="6"') +
						rect(x + 56, y, 4, 165, '#d6dbdf') +
						rect(x + 112, y, 4, 165, '#d6dbdf')
					);
				})
			),
	},
	'server-racks': { sky: ['#1b2631', '#1b2631'], draw: (r) => racks(r, 6) },
	'cold-store-railway': {
		sky: ['#d6eaf8', '#fdfefe'],
		draw: (r) =>
			hills(r) +
			rect(700, 260, 520, 250, '#eaf2f8') +
			rect(700, 260, 520, 30, '#5dade2') +
			train(r, 40, 560, ['#fdfefe', '#eaeded']) +
			rail(560) +
			ground(578, '#8a9ba8'),
	},
	'lakeside-tents': {
		sky: ['#5dade2', '#fdebd0'],
		draw: (r) => mountains(r, '#6e9c86', 380, 140) + lake(r, 430) + ground(560, '#7dcea0') + tents(r, 650),
	},
	blueberries: { sky: ['#a9dfbf', '#fdfefe'], draw: (r) => hills(r) + ground(520, '#6e2c00') + bushes(r, 6, 540, '#2e4bb0') },
	'snow-trail': {
		sky: ['#3498db', '#d6eaf8'],
		draw: (r) =>
			snowPeak(r, 700 + r() * 100, 380) +
			`<path d="M200 ${H} Q500 600 420 540 T700 500" stroke="#f5cba7" stroke-width="16" fill="none"/>` +
			trees(r, 8, 700, 'pine'),
	},
	'foil-roll': {
		sky: ['#a9cce3', '#f2f3f4'],
		draw: (r) => {
			const y = 260 + r() * 60;
			return (
				hills(r) +
				`<path d="M260 ${y} L${W} ${y + 120} L${W} ${y + 240} L260 ${y + 150} Z" fill="#e5e8e8" stroke="#aab7b8" stroke-width="3"/>` +
				circle(240, y + 75, 110, '#d0d3d4', ' stroke="#909497" stroke-width="8"') +
				circle(240, y + 75, 36, '#566573') +
				ground(620, '#55636e')
			);
		},
	},
	'loading-bays': {
		sky: ['#aed6f1', '#fef9e7'],
		draw: (r) =>
			hills(r) +
			rect(0, 300, W, 260, '#eaecee') +
			rect(0, 290, W, 20, '#85929e') +
			repeat(6, (i) => rect(60 + i * 205, 420, 150, 140, '#566573')) +
			truck(120 + r() * 40, 640, '#c0392b') +
			truck(560 + r() * 40, 640, '#1e8449') +
			truck(960, 640, '#2471a3') +
			ground(640, '#8a9ba8'),
	},
	'tropical-cold-store': {
		sky: ['#48c9b0', '#fef9e7'],
		draw: (r) =>
			hills(r) +
			rect(560, 300, 680, 260, '#eaf2f8') +
			rect(560, 300, 680, 30, '#2e86c1') +
			trees(r, 4, 560, 'palm') +
			crates(r, 620, ['#f4d03f', '#e67e22', '#27ae60']) +
			ground(620, '#aab7b8'),
	},
	'dyed-cloth-rolls': {
		sky: ['#fadbd8', '#fdfefe'],
		draw: (r) => rollsOfCloth(r, ['#c0392b', '#2471a3', '#f1c40f', '#8e44ad', '#16a085', '#e67e22']),
	},
};

/** The whole picture as SVG. */
export function sceneSvg(name: string, r: Random): string {
	const scene = SCENES[name];
	if (!scene) throw new Error(`src/scripts/sample-covers.json: no scene "${name}"; pick one of ${Object.keys(SCENES).join(', ')}`);
	const [top, bottom] = scene.sky;
	const sky = `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#sky)"/>`;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${sky}${scene.draw(r)}</svg>`;
}
