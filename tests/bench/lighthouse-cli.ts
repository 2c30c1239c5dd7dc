/**
 * `npm run lighthouse [-- [--runs 3] [--reports dir] /path/ …]`: Lighthouse scores of the built
 * dist/ (run `npm run build` first), for one page of each kind or the paths given, from the median
 * of `--runs` audits per page, and the audits that cost points; `--reports` keeps the median reports.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LIGHTHOUSE_PAGES, runLighthouse, scoresTable } from './lighthouse.ts';

if (import.meta.main) {
	const { values, positionals: paths } = parseArgs({
		options: { reports: { type: 'string' }, runs: { type: 'string', default: '3' } },
		allowPositionals: true,
	});
	const scores = await runLighthouse(join(process.cwd(), 'dist'), paths.length ? paths : LIGHTHOUSE_PAGES, {
		reportDir: values.reports,
		runs: Number(values.runs),
	});
	console.log(scoresTable(scores));
	for (const s of scores) if (s.failing.length) console.log(`\n${s.path}\n  ${s.failing.join('\n  ')}`);
}
