/**
 * Provincial policies in force have a 解读.
 *
 * Graded 扣分: the 检查指标 deducts points where a region's own important policies are published
 * without an interpretation (政策解读). Policies no longer in force are not held to it.
 */
import { policyStatus, isOutdated } from '../../policies/policy-status.ts';
import type { InspectRule } from '../context.ts';

export const interpretationsRule: InspectRule = (ctx) => {
	const interpreted = new Set(ctx.interpretations.map((i) => i.data.policy));
	const effective = new Map(ctx.policies.map((p) => [p.id, p.data.effective]));
	return ctx.policies
		.filter((p) => p.data.level === 'provincial' && !interpreted.has(p.id))
		.filter((p) => {
			const { expires, repealed, supersededBy } = p.data;
			const successorEffective = supersededBy ? effective.get(supersededBy) : undefined;
			return !isOutdated(policyStatus({ effective: p.data.effective, expires, repealed, successorEffective }, ctx.date));
		})
		.map((p) => ({
			rule: 'interpretations',
			severity: 'deduction' as const,
			indicator: { 'zh-CN': '政策解读', en: 'Policy interpretation' },
			where: p.file,
			message: {
				'zh-CN': `省级政策《${p.data.title}》没有解读`,
				en: `the provincial policy “${p.data.title}” has no interpretation`,
			},
			fix: {
				'zh-CN': '发布一篇解读（政策解读栏目），在“解读的政策”中选择这份文件',
				en: 'publish an interpretation and choose this policy as the one it interprets',
			},
		}));
};
