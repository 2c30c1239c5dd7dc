/**
 * A throwaway git repository with the project in it, decap-server (MODE=git) on it and Astro's dev
 * server serving the CMS: what `npm run cms` gives an editor, without touching this work tree.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'node_modules/.bin');

async function waitFor(url: string, init?: RequestInit, timeout = 90_000): Promise<void> {
	const end = Date.now() + timeout;
	while (Date.now() < end) {
		try {
			if ((await fetch(url, init)).status < 500) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 300));
	}
	throw new Error(`${url} did not answer within ${timeout / 1000} s`);
}

export interface CmsWorkspace {
	dir: string;
	/** The CMS's address in the dev server. */
	admin: string;
	git(...args: string[]): string;
	/** Runs a project binary (node_modules/.bin) or, failing that, a command on the PATH such as npm. */
	run(command: string, ...args: string[]): { code: number | null; output: string };
	serve(command: string, args: string[], url: string): Promise<void>;
	stop(): void;
}

export async function cmsWorkspace(ports: { dev: number; decap: number }): Promise<CmsWorkspace> {
	const dir = mkdtempSync(join(tmpdir(), 'cms-'));
	for (const item of ['src', 'cms', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
		cpSync(join(ROOT, item), join(dir, item), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
	const git = (...args: string[]) => {
		const r = spawnSync('git', ['-c', 'user.name=CMS test', '-c', 'user.email=cms@example.invalid', ...args], {
			cwd: dir,
			encoding: 'utf8',
		});
		if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
		return r.stdout;
	};
	git('init', '-q', '-b', 'main');
	cpSync(join(ROOT, '.gitignore'), join(dir, '.gitignore'));
	git('add', '-A');
	git('commit', '-q', '-m', 'Site as the CMS test found it');

	const children: ChildProcess[] = [];
	const start = (command: string, args: string[], extra: NodeJS.ProcessEnv = {}) => {
		const child = spawn(command, args, { cwd: dir, env: { ...env, ...extra }, stdio: ['ignore', 'ignore', 'inherit'] });
		children.push(child);
		return child;
	};
	const serve = async (command: string, args: string[], url: string) => {
		start(join(BIN, command), args);
		await waitFor(url);
	};
	// What an editor runs: `npm run cms`, with its own ports.
	const cms = start(process.execPath, ['src/scripts/cms.ts', '--port', String(ports.dev)], {
		CMS_PORT: String(ports.decap),
		PATH: `${BIN}:${process.env.PATH}`,
	});
	const exited = new Promise<never>((_, reject) => cms.on('exit', (code) => reject(new Error(`npm run cms exited with ${code}`))));
	const decapApi = `http://localhost:${ports.decap}/api/v1`;
	await Promise.race([
		Promise.all([
			waitFor(decapApi, { method: 'POST', body: '{"action":"info"}', headers: { 'Content-Type': 'application/json' } }),
			waitFor(`http://localhost:${ports.dev}/admin/`),
		]),
		exited,
	]);

	return {
		dir,
		admin: `http://localhost:${ports.dev}/admin/`,
		git,
		run: (command, ...args) => {
			const r = spawnSync(existsSync(join(BIN, command)) ? join(BIN, command) : command, args, { cwd: dir, env, encoding: 'utf8' });
			return { code: r.status, output: `${r.stdout}\n${r.stderr}` };
		},
		serve: (command, args, url) => serve(command, args, url),
		stop: () => {
			for (const child of children) child.kill('SIGTERM');
			rmSync(dir, { recursive: true, force: true });
		},
	};
}
