/**
 * `npm run cms`: edit content on this machine. Starts decap-server on the repository (MODE=git, so
 * the editorial workflow's drafts live on local cms/* branches) and Astro's dev server; the CMS at
 * http://localhost:4321/admin/ saves straight into content/. Ctrl+C stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';

const children: ChildProcess[] = [
	spawn('decap-server', [], { stdio: 'inherit', env: { ...process.env, MODE: process.env.MODE ?? 'git', PORT: process.env.CMS_PORT ?? '8081' } }),
	spawn('astro', ['dev', ...process.argv.slice(2)], { stdio: 'inherit' }),
];

const stop = (code: number) => {
	for (const child of children) child.kill('SIGTERM');
	process.exitCode = code;
};
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
