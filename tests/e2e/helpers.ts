import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import yaml from 'js-yaml';
import { readSiteSettings } from '../../src/catalogue/site.ts';
import type { ProjectFile } from '../../src/features/projects/project-sheet.ts';
import { tileHosts } from '../../src/lib/tile-providers.ts';

const ROOT = join(import.meta.dirname, '..', '..');

const settings = readSiteSettings(ROOT);
/** The production origin from the bureau's settings: canonical links and QR codes point there. */
const SITE = settings.url;
/** The tile provider the maps use (content/site.yaml). */
export const TILES = settings.map.tiles;
const tileHostPatterns = tileHosts(TILES).map((h) => new RegExp(`^${h.replace(/\./g, '\\.').replace('*', '[\\w-]+')}/`));
/** Whether a URL is on the configured tile host: the only host besides the site a page may ask. */
export const isTileRequest = (url: string) => tileHostPatterns.some((h) => h.test(url));
export const absolute = (path: string) => new URL(path, SITE).href;

export interface OpenData<T> {
	count: number;
	items: T[];
}
export interface ProjectRow {
	code: string;
	title_zh: string;
	title_en: string;
	published: string;
	investment_10k_cny: number;
	industry: string;
	prefecture: string;
	park?: string;
	/** Mode ids, separated by “; ”. */
	cooperation: string;
	contact_email?: string;
	recommended: boolean;
	/** Set for a project that publishes its package (breakdown, approvals, cited policies). */
	breakdown_10k_cny?: string;
	policies?: string;
	contact_phone: string;
	contact_phone_intl: string;
}
export interface PolicyRow {
	id: string;
	title_zh: string;
	title_en: string;
	doc_number?: string;
	index_number?: string;
	level: string;
	status: string;
	published: string;
	superseded_by?: string;
	expires?: string;
	effective: string;
}
export interface ParkRow {
	id: string;
	name_zh: string;
	name_en: string;
	/** Set for a park whose profile dates its costs. */
	costs_as_of?: string;
}

/** The site's own open data: the tests take ids and facts from what the site publishes. */
export async function openData<T>(request: APIRequestContext, set: string): Promise<T[]> {
	const res = await request.get(`/data/${set}.json`);
	return ((await res.json()) as OpenData<T>).items;
}

/** The open data the tests take their sample entries from. */
export interface SampleSets {
	projects: ProjectRow[];
	parks: ParkRow[];
	policies: PolicyRow[];
}
/** Projects, parks and policies as the site publishes them. */
export async function sampleSets(request: APIRequestContext): Promise<SampleSets> {
	const [projects, parks, policies] = await Promise.all([
		openData<ProjectRow>(request, 'projects'),
		openData<ParkRow>(request, 'parks'),
		openData<PolicyRow>(request, 'policies'),
	]);
	return { projects, parks, policies };
}

/** Entries whose English file has no title yet, read from content/. */
export function untranslated(collection: string): string[] {
	const dir = join(ROOT, 'content', collection);
	return readdirSync(dir).filter((id) => !/^title:/m.test(readFileSync(join(dir, id, 'index.en.md'), 'utf8')));
}

/** The Chinese front matter of every entry of a collection, read from content/: for what the open data leaves out. */
export function originals<T>(collection: string): (T & { id: string })[] {
	const dir = join(ROOT, 'content', collection);
	return readdirSync(dir).map((id) => {
		const text = readFileSync(join(dir, id, 'index.zh-CN.md'), 'utf8');
		return { ...(yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as T), id };
	});
}

export const idOf = (code: string) => code.toLowerCase();

/** A project's data file, its card and key facts in both languages, as the shortlist and the compare page read it. */
export async function projectFile(request: APIRequestContext, code: string): Promise<ProjectFile> {
	return (await (await request.get(`/data/projects/${idOf(code)}.json`)).json()) as ProjectFile;
}

/** The ids (folder names) of a collection's entries in content/, in order. */
export const entryIds = (collection: string) => readdirSync(join(ROOT, 'content', collection)).sort();

/** How many results the search page shows at first and adds with each “more” (src/components/search/search.ts). */
export const RESULTS_PAGE = 20;

/** Waits for the search page's outcome, the count in its status and that many cards up to a page, and returns the count. */
export async function searchOutcome(page: Page): Promise<number> {
	// The outcome itself, not a busy or idle moment on the way there, which can come and go unseen.
	const status = page.locator('[data-status]');
	// A page's first search loads Pagefind's WebAssembly and index: seconds on a busy machine.
	await expect(status).toHaveText(/找到 \d+ 条结果|没有找到|\d+ results?|Nothing matches/, { timeout: 20_000 });
	const total = Number(/\d+/.exec((await status.textContent()) ?? '')?.[0] ?? 0);
	await expect(page.locator('[data-results] h2 a')).toHaveCount(Math.min(total, RESULTS_PAGE));
	return total;
}

/** Opens a search and shows all its results, page by page; returns their paths. */
export async function searchAll(page: Page, path: string): Promise<string[]> {
	await page.goto(path);
	const total = await searchOutcome(page);
	const links = page.locator('[data-results] h2 a');
	for (let shown = Math.min(total, RESULTS_PAGE); shown < total;) {
		shown = Math.min(total, shown + RESULTS_PAGE);
		await page.locator('[data-more]').click();
		// Each click adds exactly one page: wait for that count itself, then check that no more
		// cards follow once the list has settled (it is busy while a page arrives in parts).
		await expect(links).toHaveCount(shown);
		await expect(page.locator('[data-results]')).not.toHaveAttribute('aria-busy', 'true');
		expect(await links.count()).toBe(shown);
	}
	return links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
