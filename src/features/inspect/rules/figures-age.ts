/**
 * The home page's headline figures are no older than a quarter.
 *
 * Graded 扣分: the 检查指标 deducts points where 概况信息 (the basic facts a site presents about its
 * region and work) are not kept up to date; the headline figures are the first facts a visitor
 * reads, and a quarter is how often such statistics are published.
 */
import { addMonths } from '../../../lib/dates.ts';
import type { InspectRule } from '../context.ts';

export const FIGURES_LIMIT_MONTHS = 3;

export const figuresAgeRule: InspectRule = (ctx) => {
	const oldest = addMonths(ctx.date, -FIGURES_LIMIT_MONTHS);
	return ctx.figures.items.flatMap((f, i) =>
		f.asOf < oldest
			? [
					{
						rule: 'figures-age',
						severity: 'deduction' as const,
						indicator: { 'zh-CN': '概况信息更新', en: 'Basic information kept up to date' },
						where: `${ctx.figures.file} › figures[${i}] (${f.id})`,
						message: {
							'zh-CN': `首页数据“${f.label['zh-CN']}”截至 ${f.asOf}（${f.period['zh-CN']}），已超过一个季度`,
							en: `the headline figure “${f.label.en || f.label['zh-CN']}” dates from ${f.asOf} (${f.period.en || f.period['zh-CN']}), more than a quarter ago`,
						},
						fix: {
							'zh-CN': '换上最新一期统计数据，并同时更新“统计期”和“数据截至”',
							en: 'replace it with the latest statistics, updating both its period and “Data as of”',
						},
					},
				]
			: []
	);
};
