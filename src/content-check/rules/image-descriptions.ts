/** No language describes more images than the entry has: descriptions pair with images by order. */
import { LOCALES } from '../../schema/fields.ts';
import { validEntries, type Content } from '../load.ts';
import type { Problem } from '../problem.ts';

export function imageDescriptionsRule(content: Content): Problem[] {
	const problems: Problem[] = [];
	for (const e of validEntries(content)) {
		const images = (e.data.images as unknown[] | undefined)?.length ?? 0;
		for (const locale of LOCALES) {
			const file = e.raw.files[locale];
			const alts = (file?.data.imageAlts as unknown[] | undefined)?.length ?? 0;
			if (file && alts > images)
				problems.push({
					file: file.path,
					field: 'imageAlts',
					label: e.collection.fields.imageAlts?.label['zh-CN'],
					message: `has ${alts} descriptions for ${images} images — fix: give one description per image, in order`,
				});
		}
	}
	return problems;
}
