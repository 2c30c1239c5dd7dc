import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { MEDIA_FOLDER } from '../schema/fields.ts';
import { COVERS, drawCover } from './make-sample-images.ts';
import { SCENES } from './sample-scenes.ts';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');
const front = (file: string) =>
	existsSync(file) ? ((yaml.load(/^---\n([\s\S]*?)\n?---/.exec(readFileSync(file, 'utf8'))![1]!) ?? {}) as Record<string, unknown>) : {};

/** Every entry of a collection that has a picture: its first image's hash and its description in each language. */
function pictured(collection: string) {
	return readdirSync(join(CONTENT, collection)).flatMap((id) => {
		const zh = front(join(CONTENT, collection, id, 'index.zh-CN.md'));
		const en = front(join(CONTENT, collection, id, 'index.en.md'));
		const [image] = (zh.images as string[] | undefined) ?? [];
		if (!image) return [];
		const hash = createHash('sha256')
			.update(readFileSync(join(CONTENT, collection, id, image)))
			.digest('hex');
		return [{ id: `${collection}/${id}`, hash, zh: (zh.imageAlts as string[])[0], en: (en.imageAlts as string[] | undefined)?.[0] }];
	});
}
const duplicates = (values: (string | undefined)[]) => values.filter((v, i) => v !== undefined && values.indexOf(v) !== i);

describe('sample covers', () => {
	it('give every entry a scene of its own and a description of its own', () => {
		expect(duplicates(COVERS.map(([, , scene]) => scene))).toEqual([]);
		expect(duplicates(COVERS.map(([, , , zh]) => zh))).toEqual([]);
		expect(duplicates(COVERS.map(([, , , , en]) => en))).toEqual([]);
		for (const [, , scene] of COVERS) expect(Object.keys(SCENES)).toContain(scene);
	});

	it('are drawn as listed: each entry describes its picture with the listed words', () => {
		for (const [collection, id, , zh, en] of COVERS) {
			expect(front(join(CONTENT, collection, id, 'index.zh-CN.md')).imageAlts, `${collection}/${id}`).toEqual([zh]);
			expect(front(join(CONTENT, collection, id, 'index.en.md')).imageAlts, `${collection}/${id}`).toEqual([en]);
		}
	});

	it('vary with the entry, so that one scene drawn for two entries differs', async () => {
		const [a, b] = await Promise.all([drawCover('one', 'city'), drawCover('two', 'city')]);
		expect(a.equals(b)).toBe(false);
	});

	it.each(['projects', 'parks', 'news'])('no two %s share a picture or its description', (collection) => {
		const entries = pictured(collection);
		expect(entries.length).toBeGreaterThan(0);
		expect(duplicates(entries.map((e) => e.hash))).toEqual([]);
		expect(duplicates(entries.map((e) => e.zh))).toEqual([]);
		expect(duplicates(entries.map((e) => e.en))).toEqual([]);
	});

	it('keep the picture files small', () => {
		for (const [collection, id] of COVERS) {
			const size = readFileSync(join(CONTENT, collection, id, MEDIA_FOLDER, 'cover.jpg')).length;
			expect(size, `${collection}/${id}`).toBeLessThan(60_000);
		}
	});
});
