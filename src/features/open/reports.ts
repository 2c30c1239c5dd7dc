/**
 * The annual reports of 政府信息公开 at build time: grouped by kind, each with the address and the
 * size of its PDF, so a reader knows what a download costs before starting it.
 */
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Report } from '../../catalogue/catalogue.ts';
import { formatFileSize } from '../../lib/file-size.ts';
import { routes } from '../../lib/routes.ts';
import { REPORT_KINDS } from '../../schema/collections.ts';

export type ReportKind = (typeof REPORT_KINDS)[number]['value'];

/** Reports by kind, in the order REPORT_KINDS declares, each group in the order given (newest first). */
export function reportsByKind(reports: readonly Report[]): { kind: ReportKind; reports: Report[] }[] {
	return REPORT_KINDS.map(({ value }) => ({ kind: value, reports: reports.filter((r) => r.data.kind === value) }));
}

export interface ReportFile {
	/** Site path of the PDF, without language prefix. */
	href: string;
	bytes: number;
	size: string;
}

/** The report's PDF: where the site publishes it and how large it is. */
export function reportFile(report: Report): ReportFile {
	const bytes = statSync(join(dirname(report.source.filePath!), report.data.file)).size;
	return { href: routes.attachment('reports', report.id, report.data.file), bytes, size: formatFileSize(bytes) };
}
