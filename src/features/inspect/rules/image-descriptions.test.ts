import { describe, expect, it } from 'vitest';
import { context, entry } from '../test-context.ts';
import { imageDescriptionsRule } from './image-descriptions.ts';

describe('image-descriptions', () => {
	it('hints at images without a description, in any collection with images', () => {
		const ctx = context({
			parks: [entry('parks', 'described', { images: ['files/a.jpg'], imageAlts: ['园区大门'] })],
			news: [entry('news', 'half', { images: ['files/a.jpg', 'files/b.jpg'], imageAlts: ['签约仪式'] })],
		});
		expect(imageDescriptionsRule(ctx)).toEqual([expect.objectContaining({ severity: 'hint', where: 'content/news/half/index.zh-CN.md' })]);
	});
});
