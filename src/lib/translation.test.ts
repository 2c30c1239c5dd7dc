import { describe, expect, it } from 'vitest';
import { coverAlt, langOf, mergeTranslation, pick, pickedLang } from './translation.ts';
import { policies, projects } from '../schema/collections.ts';

const original = { code: 'YN-2026-0001', title: '中文标题', summary: '中文摘要', market: '中文市场', investment: 1000 };

describe('mergeTranslation', () => {
	it('takes translated text and keeps the facts of the original', () => {
		const { data, untranslated } = mergeTranslation(
			projects.fields,
			original,
			{ title: 'English title', summary: 'English summary', market: 'Market' },
			{ original: true, translation: true }
		);
		expect(data).toMatchObject({ code: 'YN-2026-0001', title: 'English title', investment: 1000 });
		expect(untranslated).toEqual([]);
	});

	it('falls back to Chinese field by field and says which', () => {
		const { data, untranslated } = mergeTranslation(
			projects.fields,
			original,
			{ title: 'English title' },
			{ original: true, translation: false }
		);
		expect(data.summary).toBe('中文摘要');
		expect(untranslated).toEqual(['summary', 'market', 'body']);
	});

	it('reads the bureau’s Chinese name, where a field starts with it, as its English name', () => {
		const bureau = { 'zh-CN': '云南省投资促进局', en: 'Yunnan Provincial Investment Promotion Bureau' };
		const policy = { title: '标题', summary: '摘要', issuer: '云南省投资促进局' };
		const own = mergeTranslation(policies.fields, policy, {}, { original: false, translation: false }, bureau);
		expect(own.data.issuer).toBe(bureau.en);
		expect(own.untranslated).not.toContain('issuer');
		const other = mergeTranslation(
			policies.fields,
			{ ...policy, issuer: '云南省人民政府' },
			{},
			{ original: false, translation: false },
			bureau
		);
		expect(other.data.issuer).toBe('云南省人民政府');
		expect(other.untranslated).toContain('issuer');
	});

	it('falls back entirely when there is no translation', () => {
		const { data, untranslated } = mergeTranslation(projects.fields, original, undefined, { original: true, translation: false });
		expect(data.title).toBe('中文标题');
		expect(untranslated).toContain('title');
	});
});

describe('pick', () => {
	it('uses English where given and Chinese otherwise', () => {
		expect(pick({ 'zh-CN': '昆明', en: 'Kunming' }, 'en')).toBe('Kunming');
		expect(pick({ 'zh-CN': '昆明' }, 'en')).toBe('昆明');
		expect(pick({ 'zh-CN': '昆明', en: 'Kunming' }, 'zh-CN')).toBe('昆明');
	});
});

describe('the language of what falls back', () => {
	it('marks a fallback field as Chinese and leaves a translated one unmarked', () => {
		const { untranslated } = mergeTranslation(
			projects.fields,
			original,
			{ title: 'English title' },
			{ original: true, translation: false }
		);
		expect(langOf({ untranslated }, 'summary')).toBe('zh-CN');
		expect(langOf({ untranslated }, 'body')).toBe('zh-CN');
		expect(langOf({ untranslated }, 'title')).toBeUndefined();
	});

	it('marks a side-by-side text only where an English page falls back', () => {
		expect(pickedLang({ 'zh-CN': '昆明' }, 'en')).toBe('zh-CN');
		expect(pickedLang({ 'zh-CN': '昆明', en: 'Kunming' }, 'en')).toBeUndefined();
		expect(pickedLang({ 'zh-CN': '昆明' }, 'zh-CN')).toBeUndefined();
	});

	it('gives a cover without a description the title and the title’s language', () => {
		const entry = { untranslated: ['title'], data: { title: '中文标题', imageAlts: [] } };
		expect(coverAlt(entry)).toEqual({ alt: '中文标题', lang: 'zh-CN' });
		expect(coverAlt({ ...entry, data: { title: 'English title', imageAlts: ['A tea terrace'] } })).toEqual({
			alt: 'A tea terrace',
			lang: undefined,
		});
	});
});
