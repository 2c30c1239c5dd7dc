import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { localeOfPath, localizePath } from '../../../i18n/routing.ts';
import { routes } from '../../../lib/routes.ts';
import { LOCALES } from '../../../schema/fields.ts';

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** Pages being read and segmented ahead of the one sent to Pagefind. */
const PREPARE_AHEAD = 32;
/** Pages sent to Pagefind and not yet answered: enough to keep it busy, few enough to bound memory. */
const IN_FLIGHT = 64;

/**
 * Worker threads that read pages and segment them (segmentForIndex, about 1.7 ms a page). On the
 * main thread, between sending one page and the next, that work kept Pagefind's process waiting.
 */
class SegmentingPool {
	private readonly workers: Worker[];
	private readonly waiting = new Map<number, { resolve: (content: string | undefined) => void; reject: (error: Error) => void }>();
	private sent = 0;

	constructor(size: number) {
		this.workers = Array.from({ length: size }, () => {
			const worker = new Worker(new URL('./segmentation-worker.ts', import.meta.url));
			worker.on('message', ({ id, content, error }: { id: number; content?: string; error?: string }) => {
				const task = this.waiting.get(id);
				// Gone when another worker's failure has already failed it.
				if (!task) return;
				this.waiting.delete(id);
				if (error) task.reject(new Error(error));
				else task.resolve(content);
			});
			// A worker that dies answers nothing more: fail what waits rather than wait forever.
			worker.on('error', (error) => this.fail(error));
			worker.on('exit', (code) => this.fail(new Error(`a search-segmentation worker exited (code ${code})`)));
			return worker;
		});
	}

	/** The page's content for the index; awaited later, so a failure does not count as unhandled meanwhile. */
	prepare(file: string): Promise<string | undefined> {
		const id = this.sent++;
		const content = new Promise<string | undefined>((resolve, reject) => {
			this.waiting.set(id, { resolve, reject });
			this.workers[id % this.workers.length]!.postMessage({ id, file });
		});
		content.catch(() => {});
		return content;
	}

	private fail(error: Error) {
		for (const task of this.waiting.values()) task.reject(error);
		this.waiting.clear();
	}

	async close() {
		await Promise.all(this.workers.map((worker) => worker.terminate()));
	}
}

/**
 * One language's pages into its own Pagefind bundle. Pagefind numbers pages in the order they
 * arrive, so they go in path order to keep the index the same between two builds. Its service
 * answers requests one at a time in that order, so a page is sent without waiting for the answer
 * to the last one: Pagefind indexes one page while worker threads read and segment the next ones.
 */
async function indexPages(site: string, files: string[], outputPath: string): Promise<number> {
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	// Pagefind's process takes one core; the others segment.
	const pool = new SegmentingPool(Math.max(1, availableParallelism() - 1));
	try {
		const prepared = files.slice(0, PREPARE_AHEAD).map((file) => pool.prepare(file));
		const sent: Promise<void>[] = [];
		let indexed = 0;
		for (const [i, file] of files.entries()) {
			const content = await prepared.shift()!;
			const next = files[i + PREPARE_AHEAD];
			if (next) prepared.push(pool.prepare(next));
			if (!content) continue;
			const url = `/${relative(site, file)}`.replace(/index\.html$/, '');
			const added = index.addHTMLFile({ url, content }).then(({ errors }) => {
				if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
			});
			// Awaited in turn below; until then a failure must not count as unhandled.
			added.catch(() => {});
			sent.push(added);
			indexed++;
			if (sent.length >= IN_FLIGHT) await sent.shift();
		}
		// Before Pagefind writes the index, the moment it needs the most memory.
		await pool.close();
		await Promise.all(sent);
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length) throw new Error(written.errors.join('; '));
		return indexed;
	} finally {
		await pool.close();
		// Closing ends Pagefind's process, so the next language starts from empty memory.
		await pagefind.close();
	}
}

/**
 * Indexes a built site with Pagefind: one bundle per language, at /pagefind/ and /en/pagefind/,
 * built one after the other so only one index is ever in memory. Chinese text is cut into words
 * first, the way the browser cuts queries (search-segmentation.ts).
 */
export async function indexSite(site: string, log: (message: string) => void): Promise<void> {
	const files = (await htmlFiles(site)).sort();
	for (const locale of LOCALES) {
		const pages = files.filter((file) => localeOfPath(`/${relative(site, file)}`) === locale);
		const bundle = localizePath(routes.searchBundle, locale);
		const started = performance.now();
		const indexed = await indexPages(site, pages, join(site, bundle));
		log(`${bundle}: indexed ${indexed} of ${pages.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	}
}
