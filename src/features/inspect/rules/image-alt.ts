/**
 * Every image of the built site has a text alternative.
 *
 * An image without an `alt` attribute is 扣分: the inspections check 无障碍 and 适老化 (GB/T 37668,
 * 工信部《互联网网站适老化通用设计规范》), which require a text alternative for every image, and a
 * screen reader reads out the file name instead. An image in an entry's text marked as decorative
 * (`alt=""`) is usually an editor's Markdown image without a description: a hint.
 */
import type { ImageProblem } from '../built-site.ts';
import type { InspectRule } from '../context.ts';
import type { Finding, Severity } from '../report.ts';
import { pageSources, somePages } from './sources.ts';

const INDICATOR = { 'zh-CN': '无障碍：图片替代文本', en: 'Accessibility: image text alternatives' };

export const imageAltRule: InspectRule = (ctx) => {
	if (!ctx.site) return [];
	const sourceOf = pageSources(ctx);
	const group = (
		problems: ImageProblem[],
		severity: Severity,
		describe: (src: string, pages: string[]) => Omit<Finding, 'rule' | 'severity' | 'indicator'>
	) =>
		[...Map.groupBy(problems, (p) => p.src)].map(([src, list]): Finding => ({
			rule: 'image-alt',
			severity,
			indicator: INDICATOR,
			...describe(
				src,
				list.map((p) => p.page)
			),
		}));
	return [
		...group(ctx.site.imagesWithoutAlt, 'deduction', (src, pages) => ({
			where: somePages(pages),
			message: { 'zh-CN': `图片 ${src} 没有 alt 属性`, en: `the image ${src} has no alt attribute` },
			fix: {
				'zh-CN': '为图片加上说明文字（条目的“图片说明”，或正文中的 ![说明](图片)）；纯装饰图片用 alt=""',
				en: 'give the image a description (the entry’s image descriptions, or ![description](image) in its text); purely decorative images take alt=""',
			},
		})),
		...group(ctx.site.undescribedImages, 'hint', (src, pages) => {
			const files = [...new Set(pages.map(sourceOf).filter((f) => f !== undefined))];
			return {
				where: somePages(pages),
				message: { 'zh-CN': `正文中的图片 ${src} 没有说明文字`, en: `the image ${src} in the text has no description` },
				fix: {
					'zh-CN': `在${files.length ? ` ${files.join('、')} 的` : ''}正文中写成 ![图片内容的说明](图片)，除非它纯属装饰`,
					en: `write it as ![what the image shows](image)${files.length ? ` in ${files.join(', ')}` : ''}, unless it is purely decorative`,
				},
			};
		}),
	];
};
