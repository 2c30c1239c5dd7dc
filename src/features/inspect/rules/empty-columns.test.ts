import { describe, expect, it } from 'vitest';
import { NEWS_COLUMNS, context, entry } from '../test-context.ts';
import { emptyColumnsRule } from './empty-columns.ts';

const bySeverity = (severity: string, findings: ReturnType<typeof emptyColumnsRule>) =>
	findings.filter((f) => f.severity === severity).map((f) => f.where);

describe('empty-columns', () => {
	it('finds nothing when every column and topic has content', () => {
		expect(emptyColumnsRule(context())).toEqual([]);
	});

	it('costs points for each empty column', () => {
		const findings = emptyColumnsRule(context({ interpretations: [] }));
		expect(bySeverity('deduction', findings)).toEqual(['/policies/interpretations/']);
		expect(bySeverity('veto', findings)).toEqual([]);
	});

	it('counts the success stories as a column', () => {
		expect(bySeverity('deduction', emptyColumnsRule(context({ cases: [] })))).toEqual(['/cases/']);
	});

	it('fails the site outright from 5 empty columns', () => {
		const findings = emptyColumnsRule(context({ parks: [], policies: [], interpretations: [], news: [] }));
		// Without parks, the park map is empty too.
		expect(bySeverity('deduction', findings)).toEqual(['/parks/', '/parks/map/', '/policies/', '/news/', '/policies/interpretations/']);
		expect(bySeverity('veto', findings)).toHaveLength(1);
	});

	it('counts news sub-columns as columns', () => {
		const findings = emptyColumnsRule(
			context({ newsColumns: NEWS_COLUMNS, news: [entry('news', 'a', { published: '2026-12-01', column: 'work' })] })
		);
		expect(bySeverity('deduction', findings)).toEqual(['/news/ › 通知公告', '/news/ › 州市动态']);
	});

	it('hints at topic pages with nothing on them', () => {
		const c = context();
		c.industries.items.push({ id: 'tea', name: { 'zh-CN': '茶', en: 'Tea' }, colour: '#00ff00', aliases: [] });
		const findings = emptyColumnsRule(c);
		expect(findings).toEqual([expect.objectContaining({ severity: 'hint', where: '/industries/tea/' })]);
		expect(findings[0]!.fix.en).toContain('content/taxonomies/industries.yaml');
	});
});
