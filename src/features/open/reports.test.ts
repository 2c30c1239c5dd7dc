import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../catalogue/catalogue.ts';
import { reportFile, reportsByKind } from './reports.ts';

const dir = mkdtempSync(join(tmpdir(), 'reports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function report(id: string, kind: 'disclosure' | 'website', bytes = 0): Report {
	mkdirSync(join(dir, id, 'files'), { recursive: true });
	writeFileSync(join(dir, id, 'files', 'report.pdf'), Buffer.alloc(bytes));
	return {
		id,
		locale: 'zh-CN',
		untranslated: [],
		data: { title: id, summary: '', kind, year: 2025, published: '2026-01-20', file: 'files/report.pdf' },
		source: { filePath: join(dir, id, 'index.zh-CN.md') },
	} as unknown as Report;
}

describe('annual reports', () => {
	it('are grouped by kind in the declared order, each group keeping the given order, empty groups included', () => {
		const groups = reportsByKind([report('w-2025', 'website'), report('d-2025', 'disclosure'), report('d-2024', 'disclosure')]);
		expect(groups.map((g) => [g.kind, g.reports.map((r) => r.id)])).toEqual([
			['disclosure', ['d-2025', 'd-2024']],
			['website', ['w-2025']],
		]);
		expect(reportsByKind([]).map((g) => g.reports.length)).toEqual([0, 0]);
	});

	it('link their PDF under /files/ and give its size from the file next to the entry', () => {
		const file = reportFile(report('d-2023', 'disclosure', 75_008));
		expect(file).toEqual({ href: '/files/reports/d-2023/report.pdf', bytes: 75_008, size: '73 KB' });
	});
});
