/**
 * The self-inspection's report: what it found, graded as the 政府网站与政务新媒体检查指标 grades it,
 * in both languages. The build publishes it as JSON for the CMS (/admin/inspection.json);
 * `npm run inspect` prints it.
 */
import type { Bilingual } from '../../schema/fields.ts';

/**
 * 单项否决: one such item fails the whole site; 扣分: costs points; 提示: worth fixing, not graded.
 * In this order in the report.
 */
export const SEVERITIES = ['veto', 'deduction', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_LABELS: Record<Severity, Bilingual> = {
	veto: { 'zh-CN': '单项否决', en: 'Fails the site outright' },
	deduction: { 'zh-CN': '扣分', en: 'Loses points' },
	hint: { 'zh-CN': '提示', en: 'Hints' },
};

export interface Finding {
	/** The rule that found it (the name of its file in rules/). */
	rule: string;
	severity: Severity;
	/** The 检查指标 item it concerns, e.g. 栏目不更新. */
	indicator: Bilingual;
	/** The file (relative to the project) or the page's path on the site. */
	where: string;
	message: Bilingual;
	fix: Bilingual;
}

export interface Report {
	/** The date the site was judged on, YYYY-MM-DD (the build date unless one was given). */
	date: string;
	/** Whether the built site was read: without it, links and images were not checked. */
	builtSiteChecked: boolean;
	counts: Record<Severity, number>;
	findings: Finding[];
}

/** Where the build publishes the report: the CMS at /admin/ shows it. */
export const REPORT_PATH = '/admin/inspection.json';

const rank = (s: Severity) => SEVERITIES.indexOf(s);

/** The report of a set of findings, most serious first and otherwise in a stable order. */
export function report(date: string, findings: Finding[], builtSiteChecked: boolean): Report {
	const sorted = [...findings].sort(
		(a, b) => rank(a.severity) - rank(b.severity) || a.rule.localeCompare(b.rule) || a.where.localeCompare(b.where)
	);
	const counts = Object.fromEntries(SEVERITIES.map((s) => [s, sorted.filter((f) => f.severity === s).length])) as Record<Severity, number>;
	return { date, builtSiteChecked, counts, findings: sorted };
}

/** Findings that say the same thing about several places, as one item listing the places. */
export function groupFindings(findings: readonly Finding[]): { finding: Finding; where: string[] }[] {
	// A loop rather than Map.groupBy: the CMS runs this in editors' browsers, some of them old.
	const groups = new Map<string, { finding: Finding; where: string[] }>();
	for (const f of findings) {
		const key = JSON.stringify([f.severity, f.rule, f.message, f.fix]);
		const group = groups.get(key);
		if (group) group.where.push(f.where);
		else groups.set(key, { finding: f, where: [f.where] });
	}
	return [...groups.values()];
}

/** The report as text for a terminal: Chinese first, English beneath, grouped by severity. */
export function formatReport(r: Report): string {
	const lines = [`网站自查 Self-inspection · ${r.date}`];
	if (!r.builtSiteChecked)
		lines.push('（未检查构建结果：链接和图片替代文本未查 / the built site was not read: links and alt text unchecked）');
	for (const severity of SEVERITIES) {
		const label = SEVERITY_LABELS[severity];
		const found = r.findings.filter((f) => f.severity === severity);
		lines.push('', `■ ${label['zh-CN']} ${label.en}: ${found.length}`);
		for (const { finding: f, where } of groupFindings(found)) {
			lines.push(
				`  • [${f.indicator['zh-CN']} ${f.indicator.en}] ${f.message['zh-CN']}`,
				`    ${f.message.en}`,
				...where.map((w) => `    → ${w}`),
				`    整改：${f.fix['zh-CN']}`,
				`    Fix: ${f.fix.en}`
			);
		}
	}
	const { veto, deduction, hint } = r.counts;
	lines.push(
		'',
		veto
			? `结论：有 ${veto} 项单项否决，检查时网站将被判为不合格。 Result: ${veto} item(s) would fail the site outright.`
			: `结论：无单项否决（扣分 ${deduction} 项，提示 ${hint} 项）。 Result: nothing fails the site outright (${deduction} costing points, ${hint} hints).`
	);
	return lines.join('\n');
}
