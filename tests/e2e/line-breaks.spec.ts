import { expect, test, type Page } from '@playwright/test';
import { loadDefaultSimplifiedChineseParser } from 'budoux';
import { idOf, openData, searchOutcome, type ProjectRow } from './helpers.ts';
import { expoIds } from './print-helpers.ts';

const budoux = loadDefaultSimplifiedChineseParser();

/** Titles, card titles and menu items: where a Chinese text must not break inside a word. */
const TITLES = 'main h1, main h2, main h3, .site-nav a';

/** Where Chromium broke each Chinese title into lines, as offsets into its text. */
async function lineBreaks(page: Page) {
	return page.locator(TITLES).evaluateAll((elements) =>
		elements
			.filter((e) => e.closest('[lang]')?.getAttribute('lang') === 'zh-CN' && (e as HTMLElement).offsetParent !== null)
			.map((element) => {
				const text = element.textContent ?? '';
				const breaks: number[] = [];
				const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
				let offset = 0;
				let last: DOMRect | undefined;
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const range = document.createRange();
					for (let i = 0; i < node.textContent!.length; i++) {
						range.setStart(node, i);
						range.setEnd(node, i + 1);
						const rect = [...range.getClientRects()].find((r) => r.width > 0);
						// A character below the previous one's middle starts a new line.
						if (rect && last && rect.top > last.top + last.height / 2) breaks.push(offset + i);
						if (rect) last = rect;
					}
					offset += node.textContent!.length;
				}
				return { text, breaks };
			})
	);
}

/** The offsets BudouX puts a phrase boundary at, and those next to white space (a break between words). */
function allowed(text: string): Set<number> {
	const at = new Set<number>();
	let offset = 0;
	for (const phrase of budoux.parse(text)) {
		offset += phrase.length;
		at.add(offset);
	}
	for (let i = 0; i < text.length; i++) if (/\s/.test(text[i]!)) [i, i + 1].forEach((n) => at.add(n));
	return at;
}

const pages = () => ['/', '/projects/', ...expoIds().map((id) => `/expo/${id}/`), '/why/', '/guide/'];

for (const width of [360, 1280]) {
	test(`Chinese titles break between phrases only, at ${width} px`, async ({ page }) => {
		test.slow();
		await page.setViewportSize({ width, height: 900 });
		let measured = 0;
		for (const path of pages()) {
			await page.goto(path);
			const titles = await lineBreaks(page);
			expect(titles.length, path).toBeGreaterThan(0);
			for (const { text, breaks } of titles) {
				const ok = allowed(text);
				const bad = breaks.filter((b) => !ok.has(b)).map((b) => `${text.slice(0, b)}/${text.slice(b)}`);
				expect(bad, `${path}: ${text.trim()}`).toEqual([]);
				measured += breaks.length;
			}
		}
		// At a phone's width titles do wrap: the test saw breaks to judge, not only one-line titles.
		if (width === 360) expect(measured).toBeGreaterThan(10);
	});
}

test('a title cut into phrases reads, titles the page and is found by search as one text', async ({ page, request }) => {
	const [project] = await openData<ProjectRow>(request, 'projects');
	const path = `/projects/${idOf(project!.code)}/`;
	await page.goto(path);
	const h1 = page.locator('main h1');
	// The phrases are there, and add nothing to the text.
	expect(await h1.locator('wbr').count()).toBeGreaterThan(0);
	await expect(h1).toHaveText(project!.title_zh);
	expect(await page.title()).toContain(project!.title_zh);
	await page.goto(`/search/?q=${encodeURIComponent(project!.title_zh)}`);
	await searchOutcome(page);
	await expect(page.locator('[data-results] h2 a').first()).toHaveAttribute('href', path);
});
