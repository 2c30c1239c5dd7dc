import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { dataCollections, entryCollections } from './collections.ts';
import { entrySchema, dataItemSchema, typographicApostrophes } from './zod.ts';

const ctx = { image: () => z.string() };

describe('typed apostrophes', () => {
	it('become typographic inside words and stay elsewhere', () => {
		expect(typographicApostrophes("Pu'er's tea, 'quoted'")).toBe("Pu’er’s tea, 'quoted'");
	});

	it('are set as the content is read: in an entry’s text and in a side-by-side name', () => {
		const translation = entrySchema(entryCollections.news, 'en', ctx).parse({ title: "Weiqiao's parks", summary: "Yunnan's capacity" }) as {
			title: string;
			summary: string;
		};
		expect(translation).toMatchObject({ title: 'Weiqiao’s parks', summary: 'Yunnan’s capacity' });
		const prefecture = dataItemSchema(dataCollections.prefectures, ctx).parse({
			id: 'puer',
			adcode: '530800',
			name: { 'zh-CN': '普洱市', en: "Pu'er" },
			seat: { lat: 22.8, lng: 100.97 },
		}) as { name: { en: string } };
		expect(prefecture.name.en).toBe('Pu’er');
	});
});
