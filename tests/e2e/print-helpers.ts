import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import yaml from 'js-yaml';
import { PDFDocument } from 'pdf-lib';

const ROOT = join(import.meta.dirname, '..', '..');

/** The sample expos' ids, read from content/. */
export const expoIds = () =>
	(yaml.load(readFileSync(join(ROOT, 'content/taxonomies/expos.yaml'), 'utf8')) as { expos: { id: string }[] }).expos.map((e) => e.id);

/** How many A4 pages Chromium prints the open page on, with the page's own print styles. */
export async function printedPages(page: Page): Promise<number> {
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
	return (await PDFDocument.load(pdf)).getPageCount();
}

/** The ids of the `n` projects with the most text in both languages, read from content/: the ones most likely to run long. */
export function longestProjects(n: number): string[] {
	const dir = join(ROOT, 'content/projects');
	const size = (id: string) => ['zh-CN', 'en'].reduce((sum, l) => sum + readFileSync(join(dir, id, `index.${l}.md`), 'utf8').length, 0);
	return readdirSync(dir)
		.map((id) => ({ id, size: size(id) }))
		.sort((a, b) => b.size - a.size)
		.slice(0, n)
		.map((p) => p.id);
}
