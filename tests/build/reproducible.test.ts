/** Two builds of the same commit, in two fresh copies with no shared cache, are byte-identical. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { projectCopy, removeCopy, siteBuild } from './build-project.ts';

const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));

function digests(dir: string): Map<string, string> {
	const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
	return new Map(
		files.map((e) => [
			relative(dir, join(e.parentPath, e.name)),
			createHash('sha256')
				.update(readFileSync(join(e.parentPath, e.name)))
				.digest('hex'),
		])
	);
}

it('produces byte-identical dist/ twice', { timeout: 300_000 }, () => {
	process.env.BUILD_DATE ??= new Date().toISOString().slice(0, 10);
	const builds = [0, 1].map(() => {
		const dir = projectCopy('reproducible-');
		copies.push(dir);
		const { code, output } = siteBuild(dir);
		expect(code, output).toBe(0);
		return digests(join(dir, 'dist'));
	});
	const [a, b] = builds as [Map<string, string>, Map<string, string>];
	expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
	const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
	expect(differing).toEqual([]);
});
