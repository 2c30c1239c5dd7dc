import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent, formatProblems } from '../content-check/check.ts';

/**
 * Runs the content check before Astro does anything else, so a build with bad content fails with
 * one message per problem and writes nothing to `dist/`. In `astro dev` problems are logged instead,
 * so an editor can fix them while the server keeps running.
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'content-check',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				const { problems, counts } = checkContent(fileURLToPath(config.root));
				if (problems.length === 0) {
					const summary = Object.entries(counts)
						.map(([k, n]) => `${n} ${k}`)
						.join(', ');
					logger.info(`content is valid: ${summary}`);
					return;
				}
				const report = formatProblems(problems);
				if (command === 'dev') logger.error(report);
				else
					throw new AstroError(
						report,
						'Fix each file as its line says, then build again. `npm run check:content` repeats the check without building.'
					);
			},
		},
	};
}
