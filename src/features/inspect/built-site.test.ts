import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { readBuiltSite } from './built-site.ts';
import { builtSite } from './test-context.ts';

const dist = builtSite({
	'index.html': `<a href="/news/">news</a><a href="/news/#latest">latest</a><a href="/news/#nowhere">x</a>
		<a href="#top" id="top">top</a><a href="https://example.org/missing/">out</a><a href="mailto:a@b.c">mail</a>
		<a href="/projects/">missing page</a><a href="/files/%E5%8E%9F%E6%96%87.pdf">pdf</a>
		<img src="/logo.svg" alt="logo"><img src="/a.png"><picture><source srcset="/b.avif 1x, /gone.avif 2x"><img src="/b.png" alt=""></picture>`,
	'news/index.html': `<h2 id="latest">Latest</h2><div class="prose"><img src="/c.png" alt=""><img src="/d.png" alt="" aria-hidden="true"></div>`,
	'files/原文.pdf': '%PDF',
	'logo.svg': '<svg/>',
	'a.png': '',
	'b.png': '',
	'b.avif': '',
	'c.png': '',
	'd.png': '',
	'pagefind/ui.html': '<a href="/not-a-page/">ignored</a>',
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('the built site', () => {
	const site = readBuiltSite(dist);

	it('reads every page but Pagefind’s files', () => {
		expect(site.pages).toBe(2);
	});

	it('finds links to missing files, missing anchors and missing image variants, not external links', () => {
		expect(site.brokenLinks).toEqual([
			{ page: '/', ref: '/projects/' },
			{ page: '/', ref: '/gone.avif' },
			{ page: '/', ref: '/news/#nowhere', missingAnchor: 'nowhere' },
		]);
	});

	it('finds images without alt, and undescribed images in an entry’s text', () => {
		expect(site.imagesWithoutAlt).toEqual([{ page: '/', src: '/a.png' }]);
		expect(site.undescribedImages).toEqual([{ page: '/news/', src: '/c.png' }]);
	});
});
