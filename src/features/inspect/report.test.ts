import { describe, expect, it } from 'vitest';
import { formatReport, groupFindings, report, type Finding, type Severity } from './report.ts';

const finding = (severity: Severity, rule: string, where: string, message = rule): Finding => ({
	rule,
	severity,
	indicator: { 'zh-CN': '指标', en: 'Indicator' },
	where,
	message: { 'zh-CN': message, en: message },
	fix: { 'zh-CN': '整改', en: 'fix it' },
});

describe('the report', () => {
	const r = report(
		'2026-12-02',
		[finding('hint', 'b', '/x/'), finding('deduction', 'a', '/z/'), finding('veto', 'c', '/y/'), finding('deduction', 'a', '/w/')],
		true
	);

	it('orders findings by severity, rule and place, and counts them', () => {
		expect(r.findings.map((f) => f.where)).toEqual(['/y/', '/w/', '/z/', '/x/']);
		expect(r.counts).toEqual({ veto: 1, deduction: 2, hint: 1 });
	});

	it('groups findings that say the same of several places', () => {
		expect(groupFindings(r.findings).map((g) => g.where)).toEqual([['/y/'], ['/w/', '/z/'], ['/x/']]);
	});

	it('prints the groups in both languages, with the places and the fix', () => {
		const text = formatReport(r);
		expect(text).toMatch(/■ 单项否决 Fails the site outright: 1[\s\S]*■ 扣分 Loses points: 2[\s\S]*■ 提示 Hints: 1/);
		expect(text).toContain('    → /w/\n    → /z/\n    整改：整改\n    Fix: fix it');
		expect(text).toContain('有 1 项单项否决');
	});

	it('says when nothing fails the site, and when the built site was not read', () => {
		const text = formatReport(report('2026-12-02', [finding('hint', 'b', '/x/')], false));
		expect(text).toContain('无单项否决');
		expect(text).toContain('the built site was not read');
	});
});
