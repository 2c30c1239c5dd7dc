import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		root: new URL('..', import.meta.url).pathname,
		// Unit tests sit beside the code they test; builds of fixtures and checks of dist/ in tests/.
		include: ['src/**/*.test.ts', 'cms/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/dist/**/*.test.ts'],
		// Build fixtures run real `astro build`s, which take seconds each.
		testTimeout: 120_000,
		hookTimeout: 300_000,
	},
});
