import { describe, expect, it } from 'vitest';
import { localeOfPath, localizePath, stripLocale, translatePath } from './routing.ts';
import { strings as ui } from './translate.ts';

describe('routing', () => {
	it('puts Chinese at the root and English under /en/', () => {
		expect(localizePath('/projects/', 'zh-CN')).toBe('/projects/');
		expect(localizePath('/projects/', 'en')).toBe('/en/projects/');
	});

	it('switches language without leaving the page', () => {
		expect(translatePath('/projects/yn-2026-0001/', 'en')).toBe('/en/projects/yn-2026-0001/');
		expect(translatePath('/en/projects/yn-2026-0001/', 'zh-CN')).toBe('/projects/yn-2026-0001/');
		expect(translatePath('/en/', 'zh-CN')).toBe('/');
		expect(translatePath('/', 'en')).toBe('/en/');
	});

	it('does not mistake paths that merely start with “en”', () => {
		expect(localeOfPath('/energy/')).toBe('zh-CN');
		expect(stripLocale('/energy/')).toBe('/energy/');
	});
});

describe('UI strings', () => {
	it('has every string in both languages, with the same placeholders', () => {
		const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const [key, zh] of Object.entries(ui['zh-CN'])) {
			const en = ui.en[key as keyof typeof ui.en];
			expect(en, key).toBeTruthy();
			// A counted string may leave its count out of a form (“See the project”), never add one.
			if (typeof en === 'string' && typeof zh === 'string') expect(placeholders(en), key).toEqual(placeholders(zh));
			else
				for (const form of Object.values(typeof en === 'string' ? { en } : en))
					expect(
						placeholders(form).every((p) => placeholders(String(zh)).includes(p)),
						key
					).toBe(true);
		}
	});

	it('counts only through {n}, so that the form can follow the number', () => {
		for (const [key, en] of Object.entries(ui.en))
			if (typeof en !== 'string') expect(String(ui['zh-CN'][key as keyof typeof ui.en]), key).toContain('{n}');
	});
});
