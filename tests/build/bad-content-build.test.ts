/**
 * Bad content must fail the real build before anything is written. Each case builds a copy of the
 * project whose content is the fixture with one rule broken.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_CASES, brokenCopy, tempDir } from '../fixtures/bad-content.ts';

const ROOT = process.cwd();
let project: string;

function build() {
	const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
		cwd: project,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
	});
	return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

beforeAll(() => {
	project = tempDir('build-fixture-');
	for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
		cpSync(join(ROOT, item), join(project, item), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('astro build on content fixtures', () => {
	it('builds the valid fixture', () => {
		brokenCopy(project);
		const { code, output } = build();
		expect(code, output).toBe(0);
		expect(existsSync(join(project, 'dist/projects/yn-2026-0001/index.html'))).toBe(true);
	});

	it.each(BAD_CASES)('fails before writing dist/: $rule', (c) => {
		brokenCopy(project, c);
		rmSync(join(project, 'dist'), { recursive: true, force: true });
		const { code, output } = build();
		expect(code).not.toBe(0);
		expect(existsSync(join(project, 'dist'))).toBe(false);
		expect(output).toMatch(c.message);
		expect(output).toContain(`content/${c.file}`);
		expect(output).toContain('nothing was built');
	});
});
