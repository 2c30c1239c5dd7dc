/**
 * Bad content must fail the real build before anything is written. Each case builds a copy of the
 * project whose content is the fixture with one rule broken.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
		// The fixture's standard map (a test picture in content/map/) is published, and the park's map told where and with which 审图号.
		const page = readFileSync(join(project, 'dist/parks/test-park/index.html'), 'utf8');
		const attribute = /data-map="([^"]*)"/.exec(page)?.[1] ?? '';
		const config = JSON.parse(attribute.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as {
			standardMap?: { url: string; credit: string };
		};
		expect(config.standardMap?.credit).toBe('审图号：GS(2099)0001号');
		expect(config.standardMap?.url).toMatch(/^\/_astro\/standard-map\.[\w-]+\.webp$/);
		expect(existsSync(join(project, 'dist', config.standardMap!.url))).toBe(true);
	});

	it('builds an image and an attachment named the way the CMS writes them: files/ and the name as uploaded', () => {
		const content = brokenCopy(project);
		const entry = join(content, 'projects/yn-2026-0001');
		mkdirSync(join(entry, 'files'));
		cpSync('content/news/2025-11-tea-nongfu-spring/files/cover.jpg', join(entry, 'files/现场照片.jpg'));
		writeFileSync(join(entry, 'files/云政发〔2025〕18号-项目说明.pdf'), '%PDF-1.4\n%%EOF\n');
		const file = join(entry, 'index.zh-CN.md');
		const fields =
			'images:\n  - files/现场照片.jpg\nimageAlts:\n  - 项目现场\nattachments:\n  - file: files/云政发〔2025〕18号-项目说明.pdf\n    title: { zh-CN: 项目说明 }';
		writeFileSync(file, readFileSync(file, 'utf8').replace('recommended: true', `recommended: true\n${fields}`));
		const { code, output } = build();
		expect(code, output).toBe(0);
		const page = readFileSync(join(project, 'dist/projects/yn-2026-0001/index.html'), 'utf8');
		expect(page).toMatch(/<img[^>]+alt="项目现场"/);
		expect(page).toContain('href="/files/projects/yn-2026-0001/云政发〔2025〕18号-项目说明.pdf"');
		expect(readFileSync(join(project, 'dist/files/projects/yn-2026-0001/云政发〔2025〕18号-项目说明.pdf'), 'utf8')).toContain('%PDF-1.4');
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
