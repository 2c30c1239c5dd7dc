/**
 * `npm run inspect`: the self-inspection of the content and the built site (src/features/inspect/),
 * printed as a report grouped as 单项否决 / 扣分 / 提示. Exit code 1 when anything would fail the
 * site outright, so a scheduled job fails loudly; run it after `npm run build`.
 *
 *   --date YYYY-MM-DD (or INSPECT_DATE)  the date to judge on; by default the date the build judged
 *                                        it on (its published report), else BUILD_DATE or today
 *   --dist <dir>, --root <dir>           the built site (dist) and the project (.)
 *   --json                               the report as JSON
 *   --write                              what the build runs: publish the report in the built site
 *                                        for the CMS and exit 0 whatever it finds
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatReport, REPORT_PATH } from '../features/inspect/report.ts';
import { inspect, publishedReportDate } from '../features/inspect/inspect.ts';
import { buildDate } from '../lib/dates.ts';

const { values } = parseArgs({
	options: {
		date: { type: 'string' },
		dist: { type: 'string' },
		root: { type: 'string' },
		json: { type: 'boolean', default: false },
		write: { type: 'boolean', default: false },
	},
});

function fail(message: string): never {
	console.error(`[inspect] ${message}`);
	process.exit(2);
}

const root = resolve(values.root ?? '.');
const dist = resolve(values.dist ?? join(root, 'dist'));
if (!existsSync(dist)) fail(`${dist} does not exist: run npm run build first, or give the built site with --dist`);
// The build publishes the report of its own date (BUILD_DATE or today), as its pages are.
const asked = values.write ? values.date : (values.date ?? process.env.INSPECT_DATE);
if (asked !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asked)) fail(`the date “${asked}” is not YYYY-MM-DD`);
const date = asked ?? (values.write ? undefined : publishedReportDate(dist)) ?? buildDate();

const report = inspect({ root, dist, date });
const { veto, deduction, hint } = report.counts;

if (values.write) {
	const target = join(dist, REPORT_PATH);
	mkdirSync(dirname(target), { recursive: true });
	writeFileSync(target, `${JSON.stringify(report)}\n`);
	console.log(
		`[inspect] ${date}: 单项否决 ${veto}, 扣分 ${deduction}, 提示 ${hint} → ${REPORT_PATH}${veto ? ' — run npm run inspect for the report' : ''}`
	);
} else {
	console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
	process.exit(veto ? 1 : 0);
}
