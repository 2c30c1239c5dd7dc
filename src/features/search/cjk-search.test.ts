import { describe, expect, it } from 'vitest';
import { chineseParts, hanCodes, hanQuery, isCodeExcerpt, markHanQuery } from './cjk-search.ts';
import { parse } from 'node-html-parser';
import { KEYWORD_MARK, segmentForIndex, spaceWords } from './index/segmentation.ts';
import { joinCjk } from './search-state.ts';

describe('Chinese search codes', () => {
	it('finds a query inside text the segmenter cut differently', () => {
		// 和文旅 is cut 和文 / 旅, so the word 文旅 is absent; its character pair is not.
		const page = new Set(hanCodes('一批工业、农业和文旅项目建成'));
		expect(
			hanQuery('文旅')
				.split(' ')
				.every((code) => page.has(code))
		).toBe(true);
		expect(
			hanQuery('旅游')
				.split(' ')
				.every((code) => page.has(code))
		).toBe(false);
	});

	it('keeps Latin and digits of a mixed query as they are', () => {
		expect(hanQuery('5G 储能')).toMatch(/^5G b[0-9a-f]{12}$/);
		expect(hanQuery('BOPP')).toBe('BOPP');
		expect(hanQuery('铝')).toMatch(/^b[0-9a-f]{6}$/);
	});

	it('finds a lone character, wherever it stands in a run, as the prefix of a code', () => {
		// 铝 ends the first run and starts a pair in the second: both leave a code that begins with it.
		const page = hanCodes('发展绿色铝，建设铝工业园');
		expect(page.filter((code) => code.startsWith(hanQuery('铝')))).toHaveLength(2);
		expect(hanCodes('储能').some((code) => code.startsWith(hanQuery('铝')))).toBe(false);
	});

	it('lists each code once', () => {
		const codes = hanCodes('储能储能');
		expect(new Set(codes).size).toBe(codes.length);
	});

	it('recognises an excerpt made of codes', () => {
		expect(isCodeExcerpt('b005de5 b005de5004e1a')).toBe(true);
		expect(isCodeExcerpt('园区<mark>储能</mark>项目 2026')).toBe(false);
	});
});

describe('index-time word segmentation', () => {
	it('separates Chinese words the way the browser does, leaving Latin text alone', () => {
		expect(spaceWords('建设新能源电池生产线')).toBe('建设 新 能源 电池 生产 线');
		expect(spaceWords('年产 10GW 高效 N 型电池片')).toContain('10GW');
		expect(spaceWords('BOPP film for Vietnam')).toBe('BOPP film for Vietnam');
	});

	it('rewrites only the indexed part and adds the character codes', () => {
		const html =
			'<html lang="zh-CN"><body><nav>导航栏目</nav><main><article data-pagefind-body><h1>储能 &amp; 电池</h1><p data-pagefind-ignore>忽略此处</p></article></main></body></html>';
		const out = segmentForIndex(html)!;
		expect(out).toMatch(/^<html lang="zh-CN"><body><main>/);
		expect(out).not.toContain('导航栏目');
		expect(out).toContain('&amp;');
		expect(out).toMatch(/<div hidden data-pagefind-weight="0.2">[b0-9a-f ]+<\/div><\/article>/);
		expect(out.match(/<div hidden[^>]*>([^<]*)</)![1]).not.toContain(hanCodes('忽略')[0]);
	});

	it('sets apart words a dash joins, which Pagefind would keep as one word', () => {
		const out = segmentForIndex(
			'<html lang="en"><body><main><article data-pagefind-body><p>the Hangzhou–Ruili Expressway, 2020–2025 &amp; more</p></article></main></body></html>'
		)!;
		expect(out).toContain('Hangzhou – Ruili Expressway, 2020–2025 &amp; more');
	});

	it('moves the keywords to the end of the indexed text, each marked, and gives their characters codes', () => {
		const html =
			'<html lang="zh-CN"><body><main><article data-pagefind-body><div hidden data-pagefind-ignore><span data-search-keywords>文山州 · wenshan</span></div><h1>马塘工业园区</h1></article></main></body></html>';
		const out = parse(segmentForIndex(html)!);
		const [keywords, codes] = out.querySelectorAll('article > div[hidden]').slice(-2);
		expect(out.querySelector('[data-search-keywords]')).toBeNull();
		expect(keywords!.text.trim()).toBe(`${KEYWORD_MARK} 文山 州 ${KEYWORD_MARK} wenshan ${KEYWORD_MARK}`);
		expect(codes!.text.split(' ')).toEqual(expect.arrayContaining(hanCodes('文山州')));
		expect(isCodeExcerpt(`… 园区 文山 州 ${KEYWORD_MARK} wenshan`)).toBe(true);
		const en = parse(
			segmentForIndex(
				'<html lang="en"><body><main><article data-pagefind-body><span hidden data-search-keywords>aluminum</span><h1>Park</h1></article></main></body></html>'
			)!
		);
		expect(en.querySelector('article')!.text).toBe(`Park ${KEYWORD_MARK} aluminum ${KEYWORD_MARK}`);
	});

	it('keeps the words of touching blocks apart, in both languages', () => {
		const en = segmentForIndex(
			'<html lang="en"><body><main><article data-pagefind-body><dl><div><dt>Status</dt><dd>In force</dd></div></dl></article></main></body></html>'
		)!;
		expect(parse(en).querySelector('dl')!.text).toBe('Status In force');
		const zh = segmentForIndex(
			'<html lang="zh-CN"><body><main><article data-pagefind-body><dl><dt>状态</dt><dd>现行有效</dd></dl></article></main></body></html>'
		)!;
		expect(parse(zh).querySelector('dl')!.text).toMatch(/^状态 现行 有效$/);
	});

	it('keeps the words of touching inline elements apart, as the page lays them out', () => {
		const en = segmentForIndex(
			'<html lang="en"><body><main><article data-pagefind-body><p><a class="chip">Green aluminium</a><a>Wenshan</a></p></article></main></body></html>'
		)!;
		expect(parse(en).querySelector('p')!.text).toBe('Green aluminium Wenshan');
	});

	it('leaves English text untouched and skips pages with nothing to index', () => {
		const html = '<html lang="en"><body><main><article data-pagefind-body><h1>Storage</h1></article></main></body></html>';
		expect(segmentForIndex(html)).toBe(html);
		expect(segmentForIndex('<html lang="en"><body><main><h1>List</h1></main></body></html>')).toBeUndefined();
	});
});

describe('joinCjk', () => {
	it.each([
		// The spaces between Chinese words go, also around highlights.
		['建设 新 <mark>能源</mark> 电池 生产线 ， 年产 10GW', '建设新<mark>能源</mark>电池生产线，年产 10GW'],
		['推进 “ 一把手 ” 招商 —— 见 《 办法 》 …… 等', '推进“一把手”招商——见《办法》……等'],
		// The full stop Pagefind puts after a block turns Chinese between Chinese text, and only there.
		['发展 实施 方案. 文件 信息', '发展实施方案。文件信息'],
		['建设 <mark>储能</mark>. 年产', '建设<mark>储能</mark>。年产'],
		['9 号. Status In force. Topic', '9 号. Status In force. Topic'],
	])('joins “%s” as “%s”', (spaced, joined) => {
		expect(joinCjk(spaced)).toBe(joined);
	});
});

describe('markHanQuery', () => {
	it('marks the whole query, not the words Pagefind cut it into', () => {
		expect(markHanQuery('建设新<mark>能源</mark>电池和<mark>储</mark>能电站', '储能')).toBe('建设新能源电池和<mark>储能</mark>电站');
	});
	it('marks each term of the query, across the index’s spaces between Latin and Chinese', () => {
		expect(markHanQuery('入选 500 强的新能源企业建设电池工厂', '500强 电池')).toBe(
			'入选 <mark>500 强</mark>的新能源企业建设<mark>电池</mark>工厂'
		);
	});
	it('leaves the excerpt without marks where the query does not occur in it', () => {
		expect(markHanQuery('<mark>能</mark>源项目', '储能')).toBe('能源项目');
	});
	it('keeps query text escaped', () => {
		expect(markHanQuery('标注 &lt;b&gt;铝 材', '<b>铝')).toBe('标注 <mark>&lt;b&gt;铝</mark> 材');
	});
	it('leaves Latin queries to Pagefind’s marks', () => {
		expect(markHanQuery('energy <mark>storage</mark>', 'storage')).toBe('energy <mark>storage</mark>');
	});
});

describe('chineseParts', () => {
	it('finds the Chinese in English text, with the numbers and brackets inside it', () => {
		expect(chineseParts('Document 云政发〔2023〕15 号 Published 2023-04-20')).toEqual([
			{ text: 'Document ', chinese: false },
			{ text: '云政发〔2023〕15 号', chinese: true },
			{ text: ' Published 2023-04-20', chinese: false },
		]);
	});

	it('leaves numbers around Chinese outside it, and text without Chinese whole', () => {
		expect(chineseParts('5G产业园 2024')).toEqual([
			{ text: '5G', chinese: false },
			{ text: '产业园', chinese: true },
			{ text: ' 2024', chinese: false },
		]);
		expect(chineseParts('Kunming · Tea')).toEqual([{ text: 'Kunming · Tea', chinese: false }]);
	});
});
