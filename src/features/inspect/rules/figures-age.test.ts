import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../schema/collections.ts';
import { context } from '../test-context.ts';
import { figuresAgeRule } from './figures-age.ts';

const figure = (id: string, asOf: string): Figure => ({
	id,
	value: 1,
	label: { 'zh-CN': '新签约项目', en: 'projects signed' },
	period: { 'zh-CN': '2026年1—8月', en: 'January–August 2026' },
	asOf,
});

describe('figures-age', () => {
	it('costs points for figures older than a quarter', () => {
		const items = [figure('fresh', '2026-09-02'), figure('old', '2026-09-01')];
		const findings = figuresAgeRule(context({ figures: { file: 'content/taxonomies/figures.yaml', items } }));
		expect(findings).toEqual([
			expect.objectContaining({ severity: 'deduction', where: 'content/taxonomies/figures.yaml › figures[1] (old)' }),
		]);
		expect(findings[0]!.message['zh-CN']).toContain('截至 2026-09-01（2026年1—8月）');
	});
});
