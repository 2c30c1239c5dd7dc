/**
 * Content is untrusted: every kind of field and every body gets script-shaped text, the real build
 * runs, and nothing in the published site may execute it. The text itself must still show, escaped.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import yaml from 'js-yaml';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumToLaunch } from '../chromium.ts';
import { FIXTURE } from '../fixtures/bad-content.ts';
import { astroBuild, projectCopy, removeCopy } from './build-project.ts';

const SCRIPT = '<script>alert("xss")</script>';
const ATTRIBUTE = '"><img src=x onerror=alert(1)>';
const BODY = `正文 ${SCRIPT}\n\n<img src=x onerror="alert(2)">\n\n[链接](javascript:alert(3)) <a href="javascript:alert(4)">a</a>\n\n<iframe src="https://evil.example"></iframe>\n`;
const payload = (field: string) => `${field}${SCRIPT}${ATTRIBUTE}`;

let project: string;
let dist: string;

function rewrite(file: string, change: (data: Record<string, unknown>) => void, body?: string) {
	const path = join(project, 'content', file);
	const text = readFileSync(path, 'utf8');
	const [, front, rest] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [null, text, undefined];
	const data = yaml.load(front!) as Record<string, unknown>;
	change(data);
	writeFileSync(path, rest === undefined ? yaml.dump(data) : `---\n${yaml.dump(data)}---\n\n${body ?? rest}`);
}

const pages = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? (name === 'pagefind' ? [] : pages(path)) : name.endsWith('.html') ? [path] : [];
	});

beforeAll(() => {
	project = projectCopy('xss-', FIXTURE);
	const localized = (field: string) => ({ 'zh-CN': payload(field), en: payload(`${field}-en`) });
	rewrite(
		'projects/yn-2026-0001/index.zh-CN.md',
		(d) => {
			for (const f of ['title', 'summary', 'county', 'construction', 'market', 'conditions']) d[f] = payload(f);
			d.contact = { ...(d.contact as object), office: localized('office'), person: localized('person') };
		},
		BODY
	);
	rewrite(
		'projects/yn-2026-0001/index.en.md',
		(d) => {
			for (const f of ['title', 'summary']) d[f] = payload(`${f}-en`);
		},
		BODY
	);
	rewrite(
		'parks/test-park/index.zh-CN.md',
		(d) => {
			for (const f of ['title', 'summary', 'county']) d[f] = payload(f);
		},
		BODY
	);
	rewrite(
		'policies/new-policy/index.zh-CN.md',
		(d) => {
			for (const f of ['title', 'summary', 'issuer', 'topic']) d[f] = payload(f);
		},
		BODY
	);
	rewrite(
		'news/2026-01-test-news/index.zh-CN.md',
		(d) => {
			for (const f of ['title', 'summary', 'source']) d[f] = payload(f);
		},
		BODY
	);
	rewrite('taxonomies/industries.yaml', (d) => {
		const [first] = d.industries as Record<string, unknown>[];
		first!.name = localized('industry');
		first!.description = localized('description');
	});
	const { code, output } = astroBuild(project);
	if (code !== 0) throw new Error(output);
	dist = join(project, 'dist');
});
afterAll(() => removeCopy(project));

describe('untrusted content in every field', () => {
	it('never becomes markup that runs', () => {
		const problems: string[] = [];
		for (const file of pages(dist)) {
			const root = parse(readFileSync(file, 'utf8'));
			const where = file.slice(dist.length);
			for (const el of root.querySelectorAll('*')) {
				const tag = el.tagName?.toLowerCase();
				for (const [name, value] of Object.entries(el.attributes)) {
					if (/^on/i.test(name)) problems.push(`${where}: <${tag} ${name}>`);
					if (/^(href|src|action|formaction)$/i.test(name) && /^\s*(javascript|data|vbscript):/i.test(value))
						problems.push(`${where}: <${tag} ${name}="${value}">`);
				}
				if (['iframe', 'object', 'embed', 'base'].includes(tag)) problems.push(`${where}: <${tag}>`);
				// Our bundles only; /admin/ also loads Decap's bundle, published with the site.
				const ours = where.startsWith('/admin/') ? /^\/admin\/(cms\.js|decap\/decap-cms\.js)$/ : /^\/(_astro\/|care-mode\.js$)/;
				if (tag === 'script' && (el.text.trim() !== '' || !ours.test(el.getAttribute('src') ?? '')))
					problems.push(`${where}: inline or foreign <script>`);
			}
		}
		expect(problems).toEqual([]);
	});

	it('is shown as text, escaped, where it belongs', () => {
		const page = parse(readFileSync(join(dist, 'projects/yn-2026-0001/index.html'), 'utf8'));
		expect(page.querySelector('h1')!.text).toBe(payload('title'));
		expect(page.querySelector('title')!.text).toContain(payload('title'));
		expect(page.querySelector('meta[name=description]')!.getAttribute('content')).toBe(payload('summary'));
		expect(page.querySelector('meta[property="og:title"]')!.getAttribute('content')).toBe(payload('title'));
		expect(page.querySelectorAll('.prose').at(-1)!.text).toContain('正文');
		const en = parse(readFileSync(join(dist, 'en/projects/yn-2026-0001/index.html'), 'utf8'));
		expect(en.querySelector('h1')!.text).toBe(payload('title-en'));
	});

	it('is escaped in feeds and open data', () => {
		const feed = readFileSync(join(dist, 'policies/rss.xml'), 'utf8');
		expect(feed).not.toContain('<script>');
		expect(feed).toContain('&lt;script&gt;');
		const data = JSON.parse(readFileSync(join(dist, 'data/projects.json'), 'utf8')) as { items: { title_zh: string }[] };
		expect(data.items[0]!.title_zh).toBe(payload('title'));
	});

	it('runs nothing in a real browser', async () => {
		const browser = await chromium.launch({ ...chromiumToLaunch(), args: ['--no-sandbox', '--disable-gpu'] });
		try {
			const page = await browser.newPage();
			const dialogs: string[] = [];
			page.on('dialog', (d) => {
				dialogs.push(d.message());
				void d.dismiss();
			});
			for (const path of [
				'projects/yn-2026-0001',
				'en/projects/yn-2026-0001',
				'parks/test-park',
				'policies/new-policy',
				'news/2026-01-test-news',
				'industries/batteries',
				'',
			]) {
				await page.goto(`file://${join(dist, path, 'index.html')}`);
			}
			expect(dialogs).toEqual([]);
		} finally {
			await browser.close();
		}
	});
});
