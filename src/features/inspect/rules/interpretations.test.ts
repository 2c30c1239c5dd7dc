import { describe, expect, it } from 'vitest';
import { context, entry } from '../test-context.ts';
import { interpretationsRule } from './interpretations.ts';

const policy = (id: string, data: Record<string, unknown> = {}) =>
	entry('policies', id, { level: 'provincial', effective: '2026-01-01', published: '2026-01-01', ...data });

describe('interpretations', () => {
	it('costs points for a provincial policy in force without an interpretation', () => {
		const findings = interpretationsRule(context({ policies: [policy('a')], interpretations: [] }));
		expect(findings).toEqual([expect.objectContaining({ severity: 'deduction', where: 'content/policies/a/index.zh-CN.md' })]);
	});

	it('accepts an interpreted policy, and does not ask other levels for one', () => {
		const ctx = context({
			policies: [policy('a'), policy('b', { level: 'prefecture' }), policy('c', { level: 'national' })],
			interpretations: [entry('interpretations', 'a-qa', { policy: 'a' })],
		});
		expect(interpretationsRule(ctx)).toEqual([]);
	});

	it('does not ask it of policies no longer in force, but of one not yet in force', () => {
		const ctx = context({
			policies: [
				policy('expired', { expires: '2026-06-30' }),
				policy('repealed', { repealed: '2026-03-01' }),
				policy('superseded', { supersededBy: 'successor' }),
				policy('successor', { effective: '2027-01-01' }),
				policy('replaced', { supersededBy: 'current' }),
				policy('current'),
			],
			interpretations: [entry('interpretations', 'current-qa', { policy: 'current' })],
		});
		// “superseded” stays in force until its successor takes effect.
		expect(interpretationsRule(ctx).map((f) => f.where)).toEqual([
			'content/policies/superseded/index.zh-CN.md',
			'content/policies/successor/index.zh-CN.md',
		]);
	});
});
