/** The built site on disk, for checks that read every page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles as siteHtmlFiles, pageUrl } from '../../src/features/inspect/built-site.ts';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** Every page of the built site (under `dir`), Pagefind's files aside. */
export const htmlFiles = (dir = DIST): string[] => siteHtmlFiles(dir);

export const read = (file: string) => readFileSync(file, 'utf8');
export const urlOf = (file: string) => pageUrl(DIST, file);
