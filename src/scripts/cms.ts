/**
 * `npm run cms`: edit content on this machine. Starts decap-server on the repository (MODE=git, so
 * the editorial workflow's drafts live on local cms/* branches) and Astro's dev server; the CMS at
 * http://localhost:4321/admin/ saves into content/. Ctrl+C stops both. Arguments go to `astro dev`
 * (e.g. `-- --port 4400`); CMS_PORT moves decap-server.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { encoding: 'utf8' });
if (status.status !== 0) {
	console.error(`npm run cms 需要在 git 仓库里运行。\nnpm run cms must run inside the site's git repository.\n${status.stderr}`);
	process.exit(1);
}
if (status.stdout.trim()) {
	console.error(
		[
			'工作区有未提交的修改，CMS 没有启动：decap-server 在这个工作区里切换草稿分支并提交其中的所有文件，',
			'未提交的修改会让每次保存都失败（API_ERROR），或被一起提交。请先提交或暂存（git stash -u）这些修改：',
			'The work tree has uncommitted changes, so the CMS did not start: decap-server checks out its draft',
			'branches in this work tree and commits every file in it, so these changes would make every save fail',
			'(API_ERROR) or be committed with it. Commit or stash them (git stash -u) first:',
			status.stdout.trimEnd(),
		].join('\n')
	);
	process.exit(1);
}

const decapPort = process.env.CMS_PORT ?? '8081';
// Git quotes non-ASCII paths in its diffs by default; decap-server then takes a draft's Chinese-named
// attachments for removed files and deletes them on the next save.
const git = { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'core.quotePath', GIT_CONFIG_VALUE_0: 'false' };
const children: ChildProcess[] = [
	spawn('decap-server', [], { stdio: 'inherit', env: { ...process.env, ...git, MODE: process.env.MODE ?? 'git', PORT: decapPort } }),
	spawn('astro', ['dev', ...process.argv.slice(2)], {
		stdio: 'inherit',
		env: { ...process.env, CMS_LOCAL_BACKEND: process.env.CMS_LOCAL_BACKEND ?? `http://localhost:${decapPort}/api/v1` },
	}),
];

const stop = (code: number) => {
	for (const child of children) child.kill('SIGTERM');
	process.exitCode = code;
};
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
