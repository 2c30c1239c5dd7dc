/**
 * The editor's side of the CMS tests: the sample policy and its attachments, and the steps an editor
 * takes in Decap's UI (fields by their label, sign-in, attachments, the editorial workflow).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { expect as baseExpect, type Page } from '@playwright/test';
import yaml from 'js-yaml';
import type { CmsWorkspace } from './cms-workspace.ts';

// Decap loads its bundle, the entry and the media on every page load; under the full suite's load
// that can take longer than Playwright's default five seconds.
export const expect = baseExpect.configure({ timeout: 15_000 });

export const ROOT = join(import.meta.dirname, '..', '..');

export const POLICY = {
	title: '云南省支持数字经济企业落户若干措施',
	summary: '从算力设施、数据要素和应用场景三个方面支持数字经济企业在滇落户。',
	issuer: '云南省人民政府办公厅',
	docNumber: '云政办发〔2026〕99号',
	body: '本措施自发布之日起施行。\n\n- 算力设施建设补助\n- 数据要素流通奖励\n\n申报指南见[云南省人民政府网站](https://www.yn.gov.cn/)。',
	en: {
		title: 'Measures to attract digital economy enterprises to Yunnan',
		summary: 'Support for computing, data and application scenarios.',
	},
};
/** Two attachments with the names a bureau gives its files. */
export const ATTACHMENTS = [
	{ name: '云政办发〔2026〕99号-关于支持数字经济企业落户的若干措施.pdf', title: '政策原文' },
	{ name: '附件.pdf', title: '申报表' },
];
export const NEW_INVESTMENT = 420000;

/** A small PDF with binary content, so git treats it as the binary file a real PDF is. */
export function pdf(text: string): Buffer {
	const stream = deflateSync(Buffer.from(`BT /F1 18 Tf 72 720 Td (${text}) Tj ET`));
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
	].map((o) => Buffer.from(o));
	objects.push(
		Buffer.concat([Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`), stream, Buffer.from('\nendstream')])
	);
	const parts = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
	objects.forEach((o, i) => parts.push(Buffer.from(`${i + 1} 0 obj\n`), o, Buffer.from('\nendobj\n')));
	parts.push(Buffer.from(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\n%%EOF\n`));
	return Buffer.concat(parts);
}

/** A field by its label in the first (Chinese) or second (English) pane; optional fields carry “(选填)”. */
export const field = (page: Page, label: string, pane: 0 | 1 = 0) =>
	page.getByLabel(new RegExp(`^${label}( \\((选填|optional)\\))?$`)).nth(pane);

export async function choose(page: Page, label: string, option: string) {
	await field(page, label).fill(option);
	await page.getByRole('option', { name: option }).first().click();
}

/** Editorial workflow: set the saved draft to ready, then publish it. */
export async function publish(page: Page) {
	await expect(page.getByText('条目已保存').first()).toBeVisible();
	await page.getByRole('button', { name: /^状态/ }).click();
	await page.getByRole('menuitem', { name: '就绪' }).click();
	await expect(page.getByText('条目状态已更改')).toBeVisible();
	await page.getByRole('button', { name: '发布', exact: true }).click();
	await page.getByRole('menuitem', { name: '立即发布' }).click();
	await expect(page.getByRole('button', { name: '已发布', exact: true })).toBeVisible();
}

export const frontMatter = (text: string) => {
	const [, head = '', body = ''] = /^---\n([\s\S]*?)\n?---\n?([\s\S]*)$/.exec(text) ?? [];
	return { data: (yaml.load(head, { schema: yaml.CORE_SCHEMA }) ?? {}) as Record<string, unknown>, body };
};

/** Fills a new policy's required Chinese fields, the dates as given. */
export async function fillPolicy(page: Page, dates = { written: '2026-10-20', effective: '2026-11-01' }) {
	await field(page, '文件标题').fill(POLICY.title);
	await field(page, '摘要').fill(POLICY.summary);
	await field(page, '发文机关').fill(POLICY.issuer);
	await field(page, '文号').fill(POLICY.docNumber);
	await field(page, '成文日期').fill(dates.written);
	await field(page, '发布时间').fill('2026-10-28T10:00');
	await field(page, '施行日期').fill(dates.effective);
	await choose(page, '政策层级', '省级');
	await choose(page, '政策类别', '产业扶持');
	await choose(page, '适用产业', '绿色铝');
}

/** What the tests do as an editor signed in to the workspace's CMS, with the files to upload in `files`. */
export function editorSession(ws: CmsWorkspace, files: string) {
	const dialogs: string[] = [];
	return {
		/** What the CMS asked or told through the browser's dialogs, in order. */
		dialogs,
		async login(page: Page, hash: string, query = '') {
			// Decap offers to restore an unsaved local backup of an entry; these tests always start afresh.
			page.on('dialog', (d) => {
				dialogs.push(d.message());
				return d.message().includes('本地备份') ? d.dismiss() : d.accept();
			});
			await page.goto(`${ws.admin}${query}`);
			await page.getByRole('button', { name: /^(登录|Login)/ }).click();
			await page.goto(`${ws.admin}${query}#${hash}`);
		},
		/** Uploads a file through the media picker into the attachment list's last item and names it. */
		async attach(page: Page, file: string, title: string) {
			await page.getByRole('button', { name: /^新增附件/ }).click();
			await page.getByRole('button', { name: '选择文件' }).last().click();
			await page.locator('input[type=file]').setInputFiles(join(files, file));
			await page.getByRole('button', { name: '使用所选文件' }).click();
			await page
				.getByLabel(/^中文$/)
				.locator('visible=true')
				.last()
				.fill(title);
		},
		read: (path: string, ref = 'main') => frontMatter(ws.git('show', `${ref}:${path}`)),
		newPolicyFolder(): string {
			const dir = join(ws.dir, 'content/policies');
			const found = readdirSync(dir).filter(
				(name) =>
					existsSync(join(dir, name, 'index.zh-CN.md')) &&
					frontMatter(readFileSync(join(dir, name, 'index.zh-CN.md'), 'utf8')).data.title === POLICY.title
			);
			expect(found).toHaveLength(1);
			return `content/policies/${found[0]}`;
		},
	};
}
