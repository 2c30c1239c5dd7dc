/**
 * Lighthouse (mobile preset) on the built site, in Debian's Chromium: performance, accessibility,
 * best practices and SEO for one page of each kind. Served from disk with gzip, as a host would.
 */
import { CHROMIUM_FLAGS } from '../chromium.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import puppeteer, { type Page } from 'puppeteer-core';
import sharp from 'sharp';
import { readSiteSettings } from '../../src/catalogue/site.ts';
import { tileHosts } from '../../src/lib/tile-providers.ts';
import { serveDist } from './static-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** One page of each kind of the sample site: home, project, park, policy, search, park map, expo. */
export const LIGHTHOUSE_PAGES = [
	'/',
	'/projects/yn-2026-0001/',
	'/parks/kunming-etdz/',
	'/policies/yn-investment-promotion-measures-2024/',
	'/search/?q=%E5%82%A8%E8%83%BD',
	'/parks/map/',
	'/expo/china-south-asia-expo-2027/',
];

export interface Scores {
	path: string;
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	/** Largest Contentful Paint (ms, simulated) and Cumulative Layout Shift, the metrics this site can lose. */
	lcp: number;
	cls: number;
	/** Audits that cost points, with Lighthouse's value where it has one: what to look at next. */
	failing: string[];
}

export interface LighthouseOptions {
	/** Map tile hosts (as a provider's hosts in src/lib/tile-providers.ts) answered with a blank tile; by default the ones content/site.yaml configures. */
	tileHosts?: string[];
	/** Where to write each page's full report (JSON, for the Lighthouse viewer), if anywhere. */
	reportDir?: string;
	/** Audits per page; the scores are those of the median run. */
	runs?: number;
}

/** The tile hosts the bureau's settings (content/site.yaml under `root`) let the map load from. */
function configuredTileHosts(root = process.cwd()): string[] {
	return [...tileHosts(readSiteSettings(root).map.tiles)];
}

/**
 * Answers every request to the tile hosts with one blank tile. These machines have no Internet, so
 * real tiles fail and Chromium logs each failure, which Lighthouse counts against best practices:
 * a score for the machine, not the site. A reader online gets tiles, so the audit gets them too,
 * blank ones, from the same URLs the site asks for. Only the audit's own tab is intercepted; the
 * site, its policy and its fallback (the schematic when tiles fail, tested in tests/e2e/maps.spec.ts)
 * are unchanged, and requests to any other host would still fail and still cost points. The blank
 * tile is 256 px like the providers' own, so image-size-responsive still reports the tiles as too
 * coarse for a phone's 2.6 pixel ratio: true of the real tiles too, and left for the audit to say.
 */
async function serveBlankTiles(page: Page, hosts: string[]) {
	if (!hosts.length) return;
	const tile = (
		await sharp({ create: { width: 256, height: 256, channels: 3, background: '#eef2f4' } })
			.png()
			.toBuffer()
	).toString('base64');
	const session = await page.createCDPSession();
	session.on(
		'Fetch.requestPaused',
		({ requestId }) =>
			void session.send('Fetch.fulfillRequest', {
				requestId,
				responseCode: 200,
				responseHeaders: [
					{ name: 'Content-Type', value: 'image/png' },
					{ name: 'Access-Control-Allow-Origin', value: '*' },
				],
				body: tile,
			})
	);
	await session.send('Fetch.enable', { patterns: hosts.map((host) => ({ urlPattern: `${host}/*` })) });
}

type LighthouseResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/** Audits of the four categories that lost points, with the value Lighthouse shows for each. */
function failingAudits(lhr: LighthouseResult): string[] {
	const ids = new Set(CATEGORIES.flatMap((c) => lhr.categories[c]?.auditRefs.filter((r) => r.weight > 0).map((r) => r.id) ?? []));
	return [...ids]
		.map((id) => lhr.audits[id]!)
		.filter(
			(a) =>
				a.score !== null &&
				a.score < 1 &&
				(a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'numeric' || a.scoreDisplayMode === 'metricSavings')
		)
		.map((a) => (a.displayValue ? `${a.id} (${a.displayValue})` : a.id));
}

export async function runLighthouse(dist: string, paths: string[], options: LighthouseOptions = {}): Promise<Scores[]> {
	const tileHosts = options.tileHosts ?? configuredTileHosts();
	const { origin, close } = await serveDist(dist);
	const chrome = await chromeLauncher.launch({
		chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
	});
	const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });
	try {
		// A fresh Chromium spends about half a second of its first layout finding the system's CJK
		// fonts, which made whichever page came first lose speed-index points. A reader's browser
		// has long done that, so one page is loaded, unmeasured, before the audits.
		const warmUp = await browser.newPage();
		await warmUp.goto(`${origin}${paths[0] ?? '/'}`, { waitUntil: 'load' });
		await warmUp.close();
		const out: Scores[] = [];
		for (const path of paths) {
			// Simulated throttling scales what this machine's CPU did, so a busy moment costs a run
			// points; Lighthouse's advice is the median of several runs (by FCP and TTI).
			const runs: LighthouseResult[] = [];
			for (let i = 0; i < (options.runs ?? 3); i++) {
				// A fresh tab per run, as Lighthouse opens when given none, but with the tiles answered.
				const page = await browser.newPage();
				await serveBlankTiles(page, tileHosts);
				runs.push(
					(await lighthouse(`${origin}${path}`, { output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }, undefined, page))!.lhr
				);
				await page.close();
			}
			const lhr = computeMedianRun(runs);
			if (options.reportDir) {
				mkdirSync(options.reportDir, { recursive: true });
				writeFileSync(join(options.reportDir, `${path.replace(/[^\w]+/g, '-').replace(/^-|-$/g, '') || 'home'}.json`), JSON.stringify(lhr));
			}
			const { categories: c, audits } = lhr;
			const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
			out.push({
				path,
				performance: score('performance'),
				accessibility: score('accessibility'),
				bestPractices: score('best-practices'),
				seo: score('seo'),
				lcp: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
				cls: Number((audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
				failing: failingAudits(lhr),
			});
		}
		return out;
	} finally {
		await browser.disconnect();
		chrome.kill();
		close();
	}
}

/** The scores as a Markdown table, for the console and bench-result.md. */
export function scoresTable(scores: Scores[]): string {
	return [
		'| page | performance | accessibility | best practices | SEO | LCP | CLS |',
		'| --- | --- | --- | --- | --- | --- | --- |',
		...scores.map(
			(s) =>
				`| ${s.path} | ${s.performance} | ${s.accessibility} | ${s.bestPractices} | ${s.seo} | ${(s.lcp / 1000).toFixed(1)} s | ${s.cls} |`
		),
	].join('\n');
}
