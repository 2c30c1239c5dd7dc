import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { isSafeUrl, safeHtmlPlugin } from './safe-html.ts';

const SITE = 'https://invest.yunnan.example';
const render = async (md: string) => (await markdownToHtml(md, { hastPlugins: [safeHtmlPlugin({ site: SITE })] })).html;

/** Payloads an editor might paste, by accident or not. */
const PAYLOADS = [
	'<script>alert(1)</script>',
	'<img src=x onerror="alert(1)">',
	'<a href="javascript:alert(1)">x</a>',
	'<a href="JaVaScRiPt:alert(1)">x</a>',
	'<a href="java\tscript:alert(1)">x</a>',
	'[x](javascript:alert(1))',
	'![x](javascript:alert(1))',
	'[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
	'<iframe src="https://evil.example"></iframe>',
	'<svg onload=alert(1)><circle/></svg>',
	'<div style="background:url(javascript:alert(1))">x</div>',
	'<form action="https://evil.example"><input name=a></form>',
	'<details open ontoggle=alert(1)>x</details>',
	'<object data="x.swf"></object>',
	'<math><mtext><script>alert(1)</script></mtext></math>',
	'<p onclick="alert(1)">click</p>',
	'<<script>script>alert(1)<</script>/script>',
];

describe('editor Markdown renders without running anything', () => {
	it.each(PAYLOADS)('%s', async (payload) => {
		const html = await render(`前文\n\n${payload}\n\n后文 ${payload}`);
		expect(html).not.toMatch(/<script|<iframe|<object|<svg|<form|<input|<math|<details/i);
		expect(html).not.toMatch(/\son[a-z]+\s*=/i);
		expect(html).not.toMatch(/(href|src)="\s*(javascript|data|vbscript):/i);
		expect(html).not.toMatch(/style=/i);
		expect(html).toContain('前文');
		expect(html).toContain('后文');
	});

	it('keeps the safe subset: tables, emphasis, lists, links, images', async () => {
		const html = await render(
			'**粗** *斜*\n\n- 一\n- 二\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[站内](/policies/) [外部](https://www.gov.cn/) ![图](./a.png)\n\n<table><tr><td colspan="2">合并</td></tr></table>'
		);
		expect(html).toContain('<strong>粗</strong>');
		expect(html).toContain('<li>一</li>');
		expect(html).toMatch(/<table>[\s\S]*<td>1<\/td>/);
		expect(html).toContain('<a href="/policies/">站内</a>');
		expect(html).toMatch(/<a href="https:\/\/www.gov.cn\/" rel="noopener noreferrer">外部<\/a>/);
		expect(html).toContain('<td colspan="2">合并</td>');
	});

	it('does not mark links within the site as external', async () => {
		expect(await render(`[本站](${SITE}/projects/)`)).not.toContain('rel=');
	});
});

describe('isSafeUrl', () => {
	it.each([
		['https://a.example', true],
		['/relative', true],
		['#anchor', true],
		['mailto:a@b.example', true],
		['tel:0871-65000000', true],
		['javascript:alert(1)', false],
		[' javascript:alert(1)', false],
		['data:text/html,x', false],
		['vbscript:x', false],
	])('%s → %s', (url, safe) => expect(isSafeUrl(url)).toBe(safe));
});
