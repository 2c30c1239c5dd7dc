/** A throwaway copy of the project for build tests: the real code with chosen content. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = process.cwd();

export function projectCopy(prefix: string, content = join(ROOT, 'content')): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	for (const item of ['src', 'cms', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
		cpSync(join(ROOT, item), join(dir, item), { recursive: true });
	cpSync(content, join(dir, 'content'), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return dir;
}

function run(dir: string, command: string, args: string[]) {
	const result = spawnSync(command, args, {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
	});
	return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

export const astroBuild = (dir: string, ...args: string[]) => run(dir, join(ROOT, 'node_modules/.bin/astro'), ['build', ...args]);

/** The whole build, pages and search index, as `npm run build` runs it. */
export const siteBuild = (dir: string) => run(dir, 'npm', ['run', 'build']);

export const removeCopy = (dir: string) => rmSync(dir, { recursive: true, force: true });
