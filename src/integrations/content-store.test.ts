import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { clearStaleStore, storeInputsDigest } from './content-store.ts';

const root = mkdtempSync(join(tmpdir(), 'content-store-'));
const store = join(root, 'node_modules', '.astro');
const write = (path: string, text: string) => {
	mkdirSync(join(root, path, '..'), { recursive: true });
	writeFileSync(join(root, path), text);
};
afterAll(() => rmSync(root, { recursive: true, force: true }));

write('src/content.config.ts', "import { entrySchema } from './schema/zod.ts';\nimport { glob } from 'astro/loaders';\n");
write('src/schema/zod.ts', "import { field } from './fields';\nexport const entrySchema = 1;\n");
write('src/schema/fields.ts', 'export const field = 1;\n');
write('src/lib/markdown/safe-html.ts', 'export const safeHtmlPlugin = 1;\n');
write('package-lock.json', '{}');
const buildWritesStore = () => write('node_modules/.astro/data-store.json', '{}');

it('keeps the store while its inputs stay the same', () => {
	buildWritesStore();
	clearStaleStore(root, store);
	buildWritesStore();
	expect(clearStaleStore(root, store)).toBe(false);
	expect(existsSync(join(store, 'data-store.json'))).toBe(true);
});

it('deletes the store when a module the content config imports changes, even without an extension', () => {
	const before = storeInputsDigest(root);
	write('src/schema/fields.ts', 'export const field = 2;\n');
	expect(storeInputsDigest(root)).not.toBe(before);
	expect(clearStaleStore(root, store)).toBe(true);
	expect(existsSync(join(store, 'data-store.json'))).toBe(false);
});

it('deletes the store when the sanitiser or the installed packages change', () => {
	for (const [file, text] of [
		['src/lib/markdown/safe-html.ts', 'export const safeHtmlPlugin = 2;\n'],
		['package-lock.json', '{"v":2}'],
	]) {
		buildWritesStore();
		write(file!, text!);
		expect(clearStaleStore(root, store)).toBe(true);
	}
});

it('ignores files the content config does not import', () => {
	buildWritesStore();
	write('src/components/Card.astro', '<p>changed</p>');
	expect(clearStaleStore(root, store)).toBe(false);
});
