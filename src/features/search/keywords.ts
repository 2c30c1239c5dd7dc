/**
 * Words a page is found by without showing them: the other names of what it is about (文山州 for
 * 文山壮族苗族自治州, PV for 硅光伏, see `aliases` in src/schema/collections.ts) and, on Chinese pages,
 * the pinyin of its name, so a reader who types Latin letters (kunming, ruili) finds it.
 */
import { pinyin } from 'pinyin-pro';
import { hasHan } from './cjk-search.ts';

/**
 * The pinyin of a name without tones, each word joined (“kunming jingkaiqu”), the whole name joined
 * (“kunmingjingkaiqu”, which Pagefind finds by any beginning) and syllable by syllable (“kun ming”).
 */
export function pinyinForms(name: string, segmenter = new Intl.Segmenter('zh', { granularity: 'word' })): string[] {
	if (!hasHan(name)) return [];
	const syllables = (text: string) => pinyin(text, { toneType: 'none', type: 'array', v: true, nonZh: 'removed' }).filter(Boolean);
	const words = [...segmenter.segment(name)].filter((s) => hasHan(s.segment)).map((s) => syllables(s.segment).join(''));
	const all = syllables(name);
	return [...new Set([all.join(''), ...words, all.join(' ')])].filter(Boolean);
}

/** Distinct keywords, in order, dropping empty ones. */
export const keywords = (...lists: (readonly (string | undefined)[] | undefined)[]) => [
	...new Set(lists.flatMap((list) => list ?? []).flatMap((k) => (k?.trim() ? [k.trim()] : []))),
];
