/**
 * No project past its validity is still featured (recommended on the home page, or presented at
 * an expo to come).
 *
 * Graded 扣分: the 检查指标 deducts points for inaccurate or outdated information, and a featured
 * offer that has lapsed is both. The project's own page already says it has expired.
 */
import type { InspectRule } from '../context.ts';

export const expiredFeaturedRule: InspectRule = (ctx) => {
	const upcoming = new Map(ctx.expos.items.filter((e) => e.end >= ctx.date).map((e) => [e.id, e]));
	return ctx.projects.flatMap((p) => {
		const { validUntil, recommended, expos } = p.data;
		if (!validUntil || validUntil >= ctx.date) return [];
		const at = expos.flatMap((id) => upcoming.get(id) ?? []);
		if (!recommended && !at.length) return [];
		const where = [
			...(recommended ? [{ 'zh-CN': '首页重点推介', en: 'recommended on the home page' }] : []),
			...at.map((e) => ({ 'zh-CN': `${e.short['zh-CN']}推介`, en: `presented at ${e.short.en || e.short['zh-CN']}` })),
		];
		return [
			{
				rule: 'expired-featured',
				severity: 'deduction' as const,
				indicator: { 'zh-CN': '信息准确性', en: 'Accurate information' },
				where: p.file,
				message: {
					'zh-CN': `项目有效期至 ${validUntil}，已过期，仍在${where.map((w) => w['zh-CN']).join('、')}`,
					en: `the project was valid until ${validUntil} but is still ${where.map((w) => w.en).join(' and ')}`,
				},
				fix: {
					'zh-CN': '项目仍在招商的，延长“有效期至”；否则取消“重点推介”并移出展会',
					en: 'if the project is still on offer, extend “Valid until”; otherwise clear “Recommended” and remove its expos',
				},
			},
		];
	});
};
