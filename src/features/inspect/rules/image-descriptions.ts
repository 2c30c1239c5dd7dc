/**
 * Every image of an entry has its description.
 *
 * A hint: the site never leaves an entry's image without a text alternative (a cover without a
 * description takes the entry's title), but a title says what the entry is, not what the picture
 * shows (GB/T 37668).
 */
import type { InspectRule } from '../context.ts';

export const imageDescriptionsRule: InspectRule = (ctx) =>
	[...ctx.parks, ...ctx.projects, ...ctx.news].flatMap((e) => {
		const images = e.data.images.length;
		const described = e.data.imageAlts.length;
		if (described >= images) return [];
		return [
			{
				rule: 'image-descriptions',
				severity: 'hint' as const,
				indicator: { 'zh-CN': '无障碍：图片替代文本', en: 'Accessibility: image text alternatives' },
				where: e.file,
				message: {
					'zh-CN': `${images} 张图片中有 ${images - described} 张没有说明，网站以标题代替`,
					en: `${images - described} of ${images} images have no description; the site uses the title instead`,
				},
				fix: {
					'zh-CN': '在“图片说明”中按图片顺序逐一描述画面内容',
					en: 'describe what each image shows, in order, under “Image descriptions”',
				},
			},
		];
	});
