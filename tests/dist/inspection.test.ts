/** The build publishes the self-inspection's report beside the CMS, for its 网站自查 view. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspect } from '../../src/features/inspect/inspect.ts';
import { REPORT_PATH, SEVERITIES, type Report } from '../../src/features/inspect/report.ts';
import { DIST } from './dist-files.ts';

const file = join(DIST, REPORT_PATH);

describe('the published self-inspection', () => {
	it('is in dist/admin/', () => {
		expect(existsSync(file), `${file} is missing: npm run build writes it`).toBe(true);
	});

	const published = (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}) as Report;

	it('judged the built site, on the build’s date', () => {
		expect(published.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		if (process.env.BUILD_DATE) expect(published.date).toBe(process.env.BUILD_DATE);
		expect(published.builtSiteChecked).toBe(true);
	});

	it('is what the inspection finds in this content and this build, counted right, in both languages', () => {
		expect(published).toEqual(inspect({ root: process.cwd(), dist: DIST, date: published.date }));
		for (const s of SEVERITIES) expect(published.counts[s]).toBe(published.findings.filter((f) => f.severity === s).length);
		for (const f of published.findings)
			for (const text of [f.indicator, f.message, f.fix]) expect(text['zh-CN'] && text.en, JSON.stringify(f)).toBeTruthy();
	});

	it('finds nothing that fails the sample outright on the day it landed, 2026-12-02', () => {
		const report = inspect({ root: process.cwd(), dist: DIST, date: '2026-12-02' });
		expect(report.findings.filter((f) => f.severity === 'veto').map((f) => f.message.en)).toEqual([]);
	});
});
