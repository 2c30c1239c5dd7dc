/**
 * `npm run lighthouse [-- [--reports dir] /path/ …]`: Lighthouse scores of the built dist/ (run
 * `npm run build` first), for one page of each kind or the paths given, and the audits that cost
 * points; `--reports` keeps each page's full report.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runLighthouse, scoresTable } from './lighthouse.ts';

export const LIGHTHOUSE_PAGES = ['/', '/projects/yn-2026-0001/', '/parks/kunming-etdz/', '/policies/yn-investment-promotion-measures-2024/', '/search/?q=%E5%82%A8%E8%83%BD', '/parks/map/', '/expo/china-south-asia-expo-2027/'];

if (import.meta.main) {
	const { values, positionals: paths } = parseArgs({ options: { reports: { type: 'string' } }, allowPositionals: true });
	const scores = await runLighthouse(join(process.cwd(), 'dist'), paths.length ? paths : LIGHTHOUSE_PAGES, { reportDir: values.reports });
	console.log(scoresTable(scores));
	for (const s of scores) if (s.failing.length) console.log(`\n${s.path}\n  ${s.failing.join('\n  ')}`);
}
