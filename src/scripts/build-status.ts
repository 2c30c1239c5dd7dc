/**
 * `npm run build:status`: records in dist/ which commit the deployment is publishing and when, for
 * the CMS to tell editors when their change is live (cms/admin/publishing.ts). The deploy
 * workflows run it after `npm run build`; the build itself stays reproducible without it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BUILD_STATUS_PATH, type BuildStatus } from '../../cms/admin/publishing.ts';

function commit(): string | undefined {
	try {
		return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		return process.env.GITHUB_SHA?.slice(0, 7) ?? process.env.CI_COMMIT_SHORT_SHA;
	}
}

const status: BuildStatus = { builtAt: new Date().toISOString(), commit: commit() };
const target = join(process.argv[2] ?? 'dist', BUILD_STATUS_PATH);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(status)}\n`);
console.log(`${target}: built ${status.builtAt}${status.commit ? ` from ${status.commit}` : ''}`);
