import { describe, expect, it } from 'vitest';
import { context, entry } from '../test-context.ts';
import { policiesUpdatedRule } from './policies-updated.ts';

const policies = (...dates: string[]) => dates.map((published) => entry('policies', published, { published }));

describe('policies-updated', () => {
	it('passes a policy column updated within 6 months', () => {
		expect(policiesUpdatedRule(context({ policies: policies('2020-01-01', '2026-06-02') }))).toEqual([]);
	});

	it('fails the site outright when the newest policy is older than 6 months', () => {
		const findings = policiesUpdatedRule(context({ policies: policies('2026-06-01 16:00', '2024-01-01') }));
		expect(findings).toEqual([expect.objectContaining({ severity: 'veto', where: '/policies/' })]);
		expect(findings[0]!.message['zh-CN']).toContain('最新一条发布于 2026-06-01');
	});
});
