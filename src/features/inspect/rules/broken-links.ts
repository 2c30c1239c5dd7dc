/**
 * Every internal link of the built site resolves (links, anchors, images, scripts, stylesheets,
 * attachments).
 *
 * Graded 扣分: the 检查指标 deducts points for links that do not open (链接可用性), on the home
 * page from the first one. A link that fails on many pages (in a header or footer) is one finding.
 */
import type { InspectRule } from '../context.ts';
import type { Finding } from '../report.ts';
import { pageSources, somePages } from './sources.ts';

export const brokenLinksRule: InspectRule = (ctx) => {
	if (!ctx.site) return [];
	const sourceOf = pageSources(ctx);
	const byRef = Map.groupBy(ctx.site.brokenLinks, (l) => (l.missingAnchor === undefined ? l.ref : `${l.ref}#`));
	return [...byRef.values()].map((links): Finding => {
		const { ref, missingAnchor } = links[0]!;
		const pages = links.map((l) => l.page);
		const sources = [...new Set(pages.map(sourceOf).filter((f) => f !== undefined))];
		const where = sources.length === 1 && pages.length === 1 ? `${pages[0]} (${sources[0]})` : somePages(pages);
		const what = missingAnchor
			? {
					'zh-CN': `链接 ${ref} 指向的位置 #${missingAnchor} 在目标页面上不存在`,
					en: `the link ${ref} points to #${missingAnchor}, which its page lacks`,
				}
			: {
					'zh-CN': `链接 ${ref} 打不开（网站中没有这个文件或页面）`,
					en: `the link ${ref} leads nowhere (the site has no such file or page)`,
				};
		return {
			rule: 'broken-links',
			severity: 'deduction',
			indicator: { 'zh-CN': '链接可用性', en: 'Broken links' },
			where,
			message:
				pages.length > 1
					? { 'zh-CN': `${what['zh-CN']}，出现在 ${pages.length} 个页面上`, en: `${what.en}, on ${pages.length} pages` }
					: what,
			fix: sources.length
				? {
						'zh-CN': `在 ${sources.join('、')} 中改正或删去这个链接`,
						en: `correct or remove the link in ${sources.join(', ')}`,
					}
				: {
						'zh-CN': '这个链接来自页面模板或网站设置（content/site.yaml），请改正设置或告知网站开发人员',
						en: 'the link comes from the page templates or the site settings (content/site.yaml): correct the setting or tell the site’s developers',
					},
		};
	});
};
