/**
 * Bad content must fail the real build before anything is written. Each case builds a copy of the
 * project whose content is the fixture with one rule broken.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_CASES, brokenCopy, FIXTURE } from '../fixtures/bad-content.ts';
import { astroBuild, projectCopy, removeCopy } from './build-project.ts';

let project: string;
const build = () => astroBuild(project);

beforeAll(() => {
	project = projectCopy('build-fixture-', FIXTURE);
});
afterAll(() => removeCopy(project));

describe('astro build on content fixtures', () => {
	it('builds the valid fixture', () => {
		brokenCopy(project);
		const { code, output } = build();
		expect(code, output).toBe(0);
		expect(existsSync(join(project, 'dist/projects/yn-2026-0001/index.html'))).toBe(true);
	});

	it('builds an image named the way the CMS writes it: a bare file name next to the entry', () => {
		const content = brokenCopy(project);
		const entry = join(content, 'projects/yn-2026-0001');
		cpSync('content/news/2025-11-tea-nongfu-spring/cover.jpg', join(entry, 'site.jpg'));
		const file = join(entry, 'index.zh-CN.md');
		writeFileSync(file, readFileSync(file, 'utf8').replace('recommended: true', 'recommended: true\nimages:\n  - site.jpg\nimageAlts:\n  - 项目现场'));
		const { code, output } = build();
		expect(code, output).toBe(0);
		expect(readFileSync(join(project, 'dist/projects/yn-2026-0001/index.html'), 'utf8')).toMatch(/<img[^>]+alt="项目现场"/);
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
