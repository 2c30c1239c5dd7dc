import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		root: new URL('..', import.meta.url).pathname,
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/dist/**/*.test.ts'],
		// Build fixtures run real `astro build`s, which take seconds each.
		testTimeout: 120_000,
		hookTimeout: 300_000,
	},
});
