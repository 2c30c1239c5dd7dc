import { describe, expect, it } from 'vitest';
import { localeOfPath, localizePath, stripLocale, translatePath } from './routing.ts';
import { strings as ui } from './translate.ts';

describe('routing', () => {
	it.each([
		// Chinese at the root, English under /en/.
		['/projects/', 'zh-CN', '/projects/'],
		['/projects/', 'en', '/en/projects/'],
	] as const)('puts %s in %s at %s', (path, locale, localized) => {
		expect(localizePath(path, locale)).toBe(localized);
	});

	it.each([
		['/projects/yn-2026-0001/', 'en', '/en/projects/yn-2026-0001/'],
		['/en/projects/yn-2026-0001/', 'zh-CN', '/projects/yn-2026-0001/'],
		['/en/', 'zh-CN', '/'],
		['/', 'en', '/en/'],
	] as const)('switches %s to %s without leaving the page: %s', (path, locale, translated) => {
		expect(translatePath(path, locale)).toBe(translated);
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
