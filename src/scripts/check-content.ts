/**
 * `npm run check:content`: the checks a build runs on content/, without building.
 * Exit code 1 when there is a problem, so editors' CI and pre-commit hooks can use it.
 */
import { checkContent, formatProblems } from '../content-check/check.ts';

const { problems, counts } = checkContent(process.cwd());
if (problems.length) {
	console.error(formatProblems(problems));
	process.exit(1);
}
console.log(
	`Content is valid: ${Object.entries(counts)
		.map(([k, n]) => `${n} ${k}`)
		.join(', ')}.`
);
