import { describe, expect, it } from 'vitest';
import { context, entry } from '../test-context.ts';
import { policyMetadataRule } from './policy-metadata.ts';

const attachments = [{ file: 'files/原文.pdf', title: { 'zh-CN': '原文' } }];

describe('policy-metadata', () => {
	it('accepts a policy with 索引号, 文号 and its original', () => {
		const p = entry('policies', 'p', { indexNumber: '11530000MB1234567X/2026-00001', docNumber: '云政发〔2026〕1号', attachments });
		expect(policyMetadataRule(context({ policies: [p] }))).toEqual([]);
	});

	it('costs points without a 索引号 and hints at a missing 文号 and original', () => {
		const findings = policyMetadataRule(context({ policies: [entry('policies', 'p', {})] }));
		expect(findings.map((f) => [f.severity, f.message.en])).toEqual([
			['deduction', 'has no index number (索引号)'],
			['hint', 'has no document number (文号)'],
			['hint', 'has no original document attached (PDF)'],
		]);
		expect(new Set(findings.map((f) => f.where))).toEqual(new Set(['content/policies/p/index.zh-CN.md']));
	});
});
