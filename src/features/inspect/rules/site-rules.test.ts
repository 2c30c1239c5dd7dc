/** The rules on the built site: broken links and images without a text alternative. */
import { describe, expect, it } from 'vitest';
import type { BuiltSite } from '../built-site.ts';
import type { InspectRule } from '../context.ts';
import { context, entry } from '../test-context.ts';
import { brokenLinksRule } from './broken-links.ts';
import { imageAltRule } from './image-alt.ts';

/** What `rule` finds on a built site with the problems in `over`; its one news entry lets a finding name the file to edit. */
const findingsOn = (rule: InspectRule, over: Partial<BuiltSite>) =>
	rule(
		context({
			news: [entry('news', 'signing', { published: '2026-12-01' })],
			site: { pages: 3, brokenLinks: [], imagesWithoutAlt: [], undescribedImages: [], ...over },
		})
	);

describe('broken-links', () => {
	it('finds nothing without a built site', () => {
		expect(brokenLinksRule(context())).toEqual([]);
	});

	it('costs points for each broken link, once for a link broken on many pages, naming the entry to edit', () => {
		const findings = findingsOn(brokenLinksRule, {
			brokenLinks: [
				{ page: '/', ref: '/old/' },
				{ page: '/en/', ref: '/old/' },
				{ page: '/en/news/signing/', ref: '/x.pdf' },
				{ page: '/about/', ref: '/about/#team', missingAnchor: 'team' },
			],
		});
		expect(findings.map((f) => [f.severity, f.where])).toEqual([
			['deduction', '/, /en/'],
			['deduction', '/en/news/signing/ (content/news/signing/index.en.md)'],
			['deduction', '/about/'],
		]);
		expect(findings[0]!.message['zh-CN']).toBe('链接 /old/ 打不开（网站中没有这个文件或页面），出现在 2 个页面上');
		expect(findings[0]!.fix.en).toContain('content/site.yaml');
		expect(findings[1]!.fix['zh-CN']).toBe('在 content/news/signing/index.en.md 中改正或删去这个链接');
		expect(findings[2]!.message.en).toContain('#team');
	});
});

describe('image-alt', () => {
	it('costs points for images without alt and hints at undescribed ones in the text', () => {
		const findings = findingsOn(imageAltRule, {
			imagesWithoutAlt: [
				{ page: '/', src: '/a.png' },
				{ page: '/en/', src: '/a.png' },
			],
			undescribedImages: [{ page: '/news/signing/', src: '/c.png' }],
		});
		expect(findings.map((f) => [f.severity, f.where])).toEqual([
			['deduction', '/, /en/'],
			['hint', '/news/signing/'],
		]);
		expect(findings[1]!.fix['zh-CN']).toContain('content/news/signing/index.zh-CN.md');
	});
});
