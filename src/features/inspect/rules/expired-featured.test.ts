import { describe, expect, it } from 'vitest';
import { context, entry } from '../test-context.ts';
import { expiredFeaturedRule } from './expired-featured.ts';

const project = (id: string, data: Record<string, unknown>) => entry('projects', id, { expos: [], recommended: false, ...data });

describe('expired-featured', () => {
	it('costs points for an expired project still recommended or presented at an expo to come', () => {
		const ctx = context({
			projects: [
				project('recommended', { validUntil: '2026-12-01', recommended: true }),
				project('at-expo', { validUntil: '2026-06-30', expos: ['fair'] }),
			],
		});
		const findings = expiredFeaturedRule(ctx);
		expect(findings.map((f) => [f.severity, f.where])).toEqual([
			['deduction', 'content/projects/recommended/index.zh-CN.md'],
			['deduction', 'content/projects/at-expo/index.zh-CN.md'],
		]);
		expect(findings[1]!.message['zh-CN']).toBe('项目有效期至 2026-06-30，已过期，仍在投洽会推介');
	});

	it('accepts valid projects, expired ones no longer featured, and expos already held', () => {
		const ctx = context({
			projects: [
				project('valid', { validUntil: '2026-12-02', recommended: true }),
				project('open-ended', { recommended: true }),
				project('quiet', { validUntil: '2026-01-31' }),
				project('past-expo', { validUntil: '2026-01-31', expos: ['past'] }),
			],
		});
		ctx.expos.items.push({ ...ctx.expos.items[0]!, id: 'past', start: '2025-11-05', end: '2025-11-10' });
		expect(expiredFeaturedRule(ctx)).toEqual([]);
	});
});
