import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * The modules that decide what Astro stores for each entry: the collections with their schemas, and
 * the Markdown sanitiser that renders bodies. Their local imports are followed; the lockfile stands
 * for the installed packages.
 */
const STORE_INPUTS = ['src/content.config.ts', 'src/lib/markdown/safe-html.ts'];
const LOCKFILE = 'package-lock.json';
/** Astro's file name for its content store, in `cacheDir` for builds and `.astro/` in dev. */
const STORE_FILE = 'data-store.json';
const DIGEST_FILE = 'content-store-inputs.sha256';

/** A file and the project's own modules it imports, transitively: relative specifiers only. */
function withLocalImports(entry: string): string[] {
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		const source = readFileSync(file, 'utf8');
		for (const [, specifier] of source.matchAll(/\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
			const path = resolve(dirname(file), specifier!);
			visit(existsSync(path) ? path : `${path}.ts`);
		}
	};
	visit(entry);
	return [...seen];
}

/** Digest of every input of the content store, stable across machines and checkouts. */
export function storeInputsDigest(root: string): string {
	const files = [...new Set(STORE_INPUTS.flatMap((entry) => withLocalImports(join(root, entry))))].sort();
	const hash = createHash('sha256');
	for (const file of [...files, join(root, LOCKFILE)].filter(existsSync)) hash.update(`${relative(root, file)}\0${readFileSync(file)}\0`);
	return hash.digest('hex');
}

/**
 * Deletes Astro's content store when its inputs changed since it was written, and records the
 * inputs it will be written from. Returns whether it deleted the store.
 */
export function clearStaleStore(root: string, storeDir: string): boolean {
	const digest = storeInputsDigest(root);
	const digestFile = join(storeDir, DIGEST_FILE);
	const store = join(storeDir, STORE_FILE);
	const stale = existsSync(store) && (!existsSync(digestFile) || readFileSync(digestFile, 'utf8') !== digest);
	if (stale) rmSync(store);
	mkdirSync(storeDir, { recursive: true });
	writeFileSync(digestFile, digest);
	return stale;
}

/**
 * Astro keeps every entry's parsed data and rendered body in its content store between builds, and
 * clears the store only when the text of content.config.ts, the Astro config or Astro's version
 * changes. Our schemas and sanitiser live in modules that file imports, so without this a changed
 * rule would leave entries parsed or rendered the old way: in dev, and in CI, which caches the store.
 */
export function contentStore(): AstroIntegration {
	return {
		name: 'content-store',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				const root = fileURLToPath(config.root);
				const storeDir = command === 'dev' ? join(root, '.astro') : fileURLToPath(config.cacheDir);
				if (clearStaleStore(root, storeDir)) logger.info('schemas, Markdown rules or packages changed: content is read again');
			},
		},
	};
}
