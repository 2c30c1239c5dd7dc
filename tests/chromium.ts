/**
 * Which Chromium the browser tests drive. Debian's (or CHROMIUM_PATH) where it exists, because
 * Playwright cannot download its own browser on the project's machines; elsewhere Playwright's own.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** The system Chromium the tests prefer: CHROMIUM_PATH, or Debian's package. */
const SYSTEM_CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// The full Chromium (the 'chromium' channel) is the build whose path Playwright reports and that
// `npx playwright install chromium` installs; without a channel, headless runs would use its separate
// headless shell instead.
const bundled = () => {
	const path = chromium.executablePath();
	return path && existsSync(path) ? path : undefined;
};

/** Why no browser test can run here, in one sentence saying how to get a browser; undefined when one can. */
export function chromiumMissing(): string | undefined {
	if (existsSync(SYSTEM_CHROMIUM) || bundled()) return undefined;
	const expected = chromium.executablePath();
	return `No Chromium for the browser tests: ${SYSTEM_CHROMIUM} does not exist and Playwright's own Chromium is not installed${expected ? ` (${expected})` : ''}; install one with \`apt-get install chromium\` (Debian) or \`npx playwright install chromium\` (on a machine with Internet access), or set CHROMIUM_PATH to a Chromium executable.`;
}

/** Launch options that choose the browser: the system Chromium, else Playwright's own. */
export function chromiumToLaunch(): { executablePath?: string; channel?: 'chromium' } {
	if (existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM };
	if (bundled()) return { channel: 'chromium' };
	throw new Error(chromiumMissing());
}

/** Chromium's flags for every browser this project starts: tests, search bench, Lighthouse. */
export const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];
