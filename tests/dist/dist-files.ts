/** The built site on disk, for checks that read every page. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

export function htmlFiles(dir = DIST): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

export const read = (file: string) => readFileSync(file, 'utf8');
export const urlOf = (file: string) => `/${relative(DIST, file).replace(/index\.html$/, '')}`;
