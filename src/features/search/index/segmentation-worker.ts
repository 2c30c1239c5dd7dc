/** Reads and segments pages for the search index off the main thread (see search-index.ts). */
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { segmentForIndex } from './segmentation.ts';

parentPort!.on('message', async ({ id, file }: { id: number; file: string }) => {
	try {
		parentPort!.postMessage({ id, content: segmentForIndex(await readFile(file, 'utf8')) });
	} catch (error) {
		parentPort!.postMessage({ id, error: `${file}: ${error instanceof Error ? error.message : error}` });
	}
});
