/**
 * The self-inspection: the content and the built site checked against the indicators of the
 * 政府网站与政务新媒体检查指标 that a program can check, on a given date (the build date unless
 * one is given). `npm run inspect` prints its report; the build publishes it for the CMS.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../content-check/load.ts';
import { readBuiltSite } from './built-site.ts';
import { contextOf } from './context.ts';
import { REPORT_PATH, report, type Report } from './report.ts';
import { RULES } from './rules/index.ts';

export interface InspectOptions {
	/** The project: its content/ is inspected. */
	root: string;
	/** The built site; left out, only the content is inspected. */
	dist?: string | undefined;
	/** YYYY-MM-DD. */
	date: string;
}

export function inspect({ root, dist, date }: InspectOptions): Report {
	const site = dist ? readBuiltSite(dist) : undefined;
	const ctx = contextOf(loadContent(root), date, site);
	return report(
		date,
		RULES.flatMap((rule) => rule(ctx)),
		Boolean(site)
	);
}

/** The date of the report a build published in `dist`, if any: the date that build judged the site on. */
export function publishedReportDate(dist: string): string | undefined {
	const file = join(dist, REPORT_PATH);
	if (!existsSync(file)) return undefined;
	try {
		const { date } = JSON.parse(readFileSync(file, 'utf8')) as Partial<Report>;
		return typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
	} catch {
		return undefined;
	}
}
