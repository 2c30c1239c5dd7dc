import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumMissing, chromiumToLaunch } from './chromium.ts';
import { brotliMissing, nginxMissing } from './nginx.ts';

/** Chromium's flags for the tests, whichever Chromium runs them (see chromium.ts). */
export const CHROMIUM_ARGS = [
	...CHROMIUM_FLAGS,
	// Nothing but the test servers resolves, so no test reaches the Internet (map tiles fail, as offline).
	'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];
/** PORT and NGINX_PORT move the servers when another worktree's preview holds the defaults. */
const PORT = Number(process.env.PORT ?? 4321);
/** The built site behind nginx with the repository's server configuration. */
export const NGINX = `http://127.0.0.1:${process.env.NGINX_PORT ?? 4322}`;

// Without nginx (or its brotli module) the nginx tests skip with a message naming the package, instead
// of waiting for a server that never starts; CI must run them, so there the run stops at once.
const noNginx = nginxMissing();
const nginxProblems = [noNginx, brotliMissing()].filter((p) => p !== undefined);
// A missing tool is said in one sentence, which a stack trace would only bury.
const fatal = [chromiumMissing(), ...(process.env.CI ? nginxProblems : [])].filter((p) => p !== undefined);
if (fatal.length) {
	console.error(fatal.join('\n'));
	process.exit(1);
}
// The config is loaded again in every worker: the main process alone says it.
if (nginxProblems.length && process.env.TEST_WORKER_INDEX === undefined) for (const p of nginxProblems) console.warn(`Skipping: ${p}`);
/** Debian's Chromium where it is installed, else Playwright's own. */
const browser = chromiumToLaunch();

export default defineConfig({
	testDir: './e2e',
	fullyParallel: true,
	forbidOnly: Boolean(process.env.CI),
	retries: 0,
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		launchOptions: { executablePath: browser.executablePath, args: CHROMIUM_ARGS },
		trace: 'retain-on-failure',
	},
	projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], channel: browser.channel } }],
	// Tests run against the built site, served by Astro's preview and by nginx with the repository's configuration (nginx.ts).
	webServer: [
		{
			command: `npx astro preview --port ${PORT}`,
			cwd: '..',
			url: `http://localhost:${PORT}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000,
		},
		...(noNginx ? [] : [{ command: 'node e2e/nginx-server.ts', url: `${NGINX}/`, reuseExistingServer: !process.env.CI, timeout: 30_000 }]),
	],
});
