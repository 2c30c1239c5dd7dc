/**
 * `npm run bench -- [--projects 10000] [--no-baseline]`: builds a synthetic site of that many projects
 * (all collections, both languages) in a temporary copy of the project and reports build speed,
 * peak memory, the search index, a bare-Astro baseline built from the same Markdown and indexed by
 * Pagefind's CLI (the floor under our own index step), the bytes and time of a first search in
 * Chromium, and the rebuild after a one-file change. Then Lighthouse (mobile) on the real sample
 * site's dist/, built first if there is none.
 */
import { spawn } from 'node:child_process';
import {
	appendFileSync,
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBaselineProject } from './baseline.ts';
import { LIGHTHOUSE_PAGES, runLighthouse, scoresTable } from './lighthouse.ts';
import { measureSearch } from './search.ts';
import { writeSyntheticContent } from './synthetic.ts';

const ROOT = process.cwd();
const { values: args } = parseArgs({
	options: {
		projects: { type: 'string', default: '10000' },
		baseline: { type: 'boolean', default: true },
		'no-baseline': { type: 'boolean' },
	},
});
const projects = Number(args.projects);

interface Run {
	seconds: number;
	peakMb: number;
	pages: number;
	output: string;
}

/** Resident memory of a process and all its descendants, in KB, read from /proc. */
function treeRssKb(root: number): number {
	const children = new Map<number, number[]>();
	const rss = new Map<number, number>();
	for (const name of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
		try {
			const status = readFileSync(`/proc/${name}/status`, 'utf8');
			const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
			rss.set(Number(name), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
			children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
		} catch {
			// The process ended while we looked.
		}
	}
	const sum = (pid: number): number => (rss.get(pid) ?? 0) + (children.get(pid) ?? []).reduce((total, child) => total + sum(child), 0);
	return sum(root);
}

/**
 * Runs a build command in `dir`. The peak memory is the largest sum of all its processes at one
 * moment (Astro, Pagefind, npm), sampled every 250 ms.
 */
function build(dir: string, command: string, args: string[]): Promise<Run> {
	const started = performance.now();
	const child = spawn(command, args, { cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	let peakKb = 0;
	const sampler = setInterval(() => (peakKb = Math.max(peakKb, treeRssKb(child.pid!))), 250);
	return new Promise((resolve, reject) =>
		child.on('close', (code) => {
			clearInterval(sampler);
			if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} failed in ${dir}:\n${output.slice(-4000)}`));
			const pages = Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? 0);
			resolve({ seconds: (performance.now() - started) / 1000, peakMb: Math.round(peakKb / 1024), pages, output });
		})
	);
}
/** The site's own build, as `npm run build` runs it: Astro, then the search index. */
const siteBuild = (dir: string) => build(dir, 'npm', ['run', 'build']);

const size = (dir: string): { bytes: number; files: number } =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.reduce((acc, e) => ({ bytes: acc.bytes + statSync(join(e.parentPath, e.name)).size, files: acc.files + 1 }), { bytes: 0, files: 0 });

/**
 * The project's packages, each linked, in a node_modules of the copy's own: the build's caches
 * (node_modules/.astro, with thousands of share cards) stay in the copy instead of the project.
 */
function linkPackages(from: string, to: string) {
	mkdirSync(to);
	for (const name of readdirSync(from)) if (!name.startsWith('.') || name === '.bin') symlinkSync(join(from, name), join(to, name));
}

const work = mkdtempSync(join(tmpdir(), 'bench-'));
const site = join(work, 'site');
try {
	console.log(`Generating ${projects} projects in ${site} …`);
	mkdirSync(join(site, 'content'), { recursive: true });
	for (const item of ['src', 'cms', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
		cpSync(join(ROOT, item), join(site, item), { recursive: true });
	linkPackages(join(ROOT, 'node_modules'), join(site, 'node_modules'));
	const counts = writeSyntheticContent(join(ROOT, 'content'), join(site, 'content'), projects);
	const entries = Object.values(counts).reduce((a, b) => a + b, 0);

	console.log('Full build …');
	const full = await siteBuild(site);
	const index = size(join(site, 'dist', 'pagefind'));

	let baseline: { site: Run; index: Run } | undefined;
	if (args.baseline && !args['no-baseline']) {
		console.log('Bare Astro baseline …');
		const bare = join(work, 'bare');
		writeBaselineProject(bare, join(site, 'content'), join(ROOT, 'node_modules'));
		baseline = {
			site: await build(bare, join(ROOT, 'node_modules/.bin/astro'), ['build']),
			// What a search index costs a site of bare pages: the floor under our own index step.
			index: await build(bare, join(ROOT, 'node_modules/.bin/pagefind'), ['--site', 'dist']),
		};
	}

	console.log('Search in Chromium …');
	const search = await measureSearch(join(site, 'dist'), [
		['zh-CN', '储能'],
		['en', 'storage'],
	]);

	console.log('Rebuild after changing one policy …');
	const policy = readdirSync(join(site, 'content', 'policies'))[0]!;
	appendFileSync(join(site, 'content', 'policies', policy, 'index.zh-CN.md'), '\n\n本段为基准测试添加的修改。\n');
	const rebuild = await siteBuild(site);

	// Lighthouse runs on the sample site, whose pages LIGHTHOUSE_PAGES names; the synthetic one is for scale.
	console.log('Lighthouse on the sample site …');
	if (!existsSync(join(ROOT, 'dist', 'index.html'))) await siteBuild(ROOT);
	const lighthouse = await runLighthouse(join(ROOT, 'dist'), LIGHTHOUSE_PAGES);

	const perPage = (r: Run) => (r.seconds / r.pages) * 1000;
	const indexSeconds = Number(/\[search-index\] done in ([\d.]+) s/.exec(full.output)?.[1]);
	const rows: [string, string][] = [
		['Machine', `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`],
		[
			'Content',
			Object.entries(counts)
				.map(([k, n]) => `${n} ${k}`)
				.join(', ') + ` (${entries} entries × 2 languages)`,
		],
		[
			'Full build (pages, search index)',
			`${full.seconds.toFixed(1)} s for ${full.pages} pages: ${(full.pages / full.seconds).toFixed(0)} pages/s, ${perPage(full).toFixed(2)} ms/page`,
		],
		[
			'Of which the search index',
			`${indexSeconds.toFixed(1)} s (${[...full.output.matchAll(/\[search-index\] (\S+: indexed .*)/g)].map((m) => m[1]).join('; ')}); astro build ${(full.seconds - indexSeconds).toFixed(1)} s`,
		],
		['Peak memory (all processes of the build at once)', `${full.peakMb} MB (target ≤ 4 GB)`],
		['Search index', `${(index.bytes / 2 ** 20).toFixed(1)} MB in ${index.files} files`],
		...(baseline
			? ([
					[
						'Bare Astro baseline',
						`${baseline.site.seconds.toFixed(1)} s for ${baseline.site.pages} pages: ${perPage(baseline.site).toFixed(2)} ms/page`,
					],
					['Full ÷ baseline, per page', `${(perPage(full) / perPage(baseline.site)).toFixed(2)}× (target ≤ 1.5×)`],
					[
						"Pagefind's CLI on the baseline's pages",
						`${baseline.index.seconds.toFixed(1)} s: ${((baseline.index.seconds / baseline.site.pages) * 1000).toFixed(2)} ms/page; the baseline with its index ÷ the baseline: ${((baseline.site.seconds + baseline.index.seconds) / baseline.site.seconds).toFixed(2)}×`,
					],
				] as [string, string][])
			: []),
		...search.map((s): [string, string] => [
			`First search “${s.query}” (${s.locale}), ${s.how === 'typed' ? 'typed on /search/' : 'opening /search/?q= cold'}`,
			`${(s.bytes / 1024).toFixed(0)} KB transferred, ${s.ms} ms to results, ${s.results} results (targets ≤ 150 KB, ≤ 300 ms)`,
		]),
		['Rebuild after one policy changed', `${rebuild.seconds.toFixed(1)} s`],
	];
	const table = ['| measure | result |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
	const scores = `Lighthouse (mobile preset) on the sample site's dist/ (targets: performance ≥ 98, the others 100):\n\n${scoresTable(lighthouse)}`;
	console.log(`\n${table}\n\n${scores}\n`);
	writeFileSync(join(ROOT, 'bench-result.md'), `${new Date().toISOString().slice(0, 10)}\n\n${table}\n\n${scores}\n`);
} finally {
	rmSync(work, { recursive: true, force: true });
}
