/**
 * The real Decap UI, in Chromium, against decap-server on a throwaway clone: an editor creates and
 * publishes a policy, edits a project, and the rebuilt site shows both. Bad input is refused.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import yaml from 'js-yaml';
import { formatInvestment } from '../../src/lib/money.ts';
import { cmsWorkspace, type CmsWorkspace } from './cms-workspace.ts';

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

const PORTS = { dev: Number(process.env.CMS_DEV_PORT ?? 4391), decap: Number(process.env.CMS_DECAP_PORT ?? 8091) };
const PREVIEW = Number(process.env.CMS_PREVIEW_PORT ?? 4393);

const POLICY = {
	title: '云南省支持数字经济企业落户若干措施',
	summary: '从算力设施、数据要素和应用场景三个方面支持数字经济企业在滇落户。',
	issuer: '云南省人民政府办公厅',
	docNumber: '云政办发〔2026〕99号',
	body: '本措施自发布之日起施行。\n\n- 算力设施建设补助\n- 数据要素流通奖励\n\n申报指南见[云南省人民政府网站](https://www.yn.gov.cn/)。',
	en: { title: 'Measures to attract digital economy enterprises to Yunnan', summary: 'Support for computing, data and application scenarios.', issuer: 'General Office of the Yunnan Provincial Government' },
};
const NEW_INVESTMENT = 420000;

let ws: CmsWorkspace;
test.beforeAll(async () => {
	test.setTimeout(180_000);
	ws = await cmsWorkspace(PORTS);
});
test.afterAll(() => ws?.stop());

/** A field in the Chinese pane (first) or the English pane (second); optional fields carry “(可选)”. */
const field = (page: Page, label: string, pane: 0 | 1 = 0) => page.getByLabel(new RegExp(`^${label}( \\(可选\\))?$`)).nth(pane);

async function choose(page: Page, label: string, option: string) {
	await field(page, label).fill(option);
	await page.getByRole('option', { name: option }).first().click();
}

async function login(page: Page, hash: string) {
	// Decap offers to restore an unsaved local backup of an entry; these tests always start afresh.
	page.on('dialog', (d) => (d.message().includes('本地备份') ? d.dismiss() : d.accept()));
	await page.goto(ws.admin);
	await page.getByRole('button', { name: '登录' }).click();
	await page.goto(`${ws.admin}#${hash}`);
}

/** Editorial workflow: set the saved draft to ready, then publish it. */
async function publish(page: Page) {
	await expect(page.getByText('修改已保存')).toBeVisible();
	await page.getByRole('button', { name: /^状态/ }).click();
	await page.getByRole('menuitem', { name: '就绪' }).click();
	await expect(page.getByText('内容状态已更新')).toBeVisible();
	await page.getByRole('button', { name: '发布', exact: true }).click();
	await page.getByRole('menuitem', { name: '立即发布' }).click();
	await expect(page.getByRole('button', { name: '已发布', exact: true })).toBeVisible();
}

const frontMatter = (file: string) => {
	const [, head = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(readFileSync(file, 'utf8')) ?? [];
	return { data: yaml.load(head, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>, body };
};

function newPolicyFolder(): string {
	const dir = join(ws.dir, 'content/policies');
	const found = readdirSync(dir).filter((name) => existsSync(join(dir, name, 'index.zh-CN.md')) && frontMatter(join(dir, name, 'index.zh-CN.md')).data.title === POLICY.title);
	expect(found).toHaveLength(1);
	return join(dir, found[0]!);
}

/** Fills a new policy's required fields in both languages, the dates as given. */
async function fillPolicy(page: Page, dates = { written: '2026-10-20', effective: '2026-11-01', expires: '' }) {
	await field(page, '文件标题').fill(POLICY.title);
	await field(page, '摘要').fill(POLICY.summary);
	await field(page, '发文机关').fill(POLICY.issuer);
	await field(page, '文号').fill(POLICY.docNumber);
	await field(page, '成文日期').fill(dates.written);
	await field(page, '发布时间').fill('2026-10-28T10:00');
	await field(page, '施行日期').fill(dates.effective);
	if (dates.expires) await field(page, '有效期至').fill(dates.expires);
	await choose(page, '政策层级', '省级');
	await choose(page, '政策类别', '产业扶持');
	await choose(page, '适用产业', '绿色铝');
	await field(page, '文件标题', 1).fill(POLICY.en.title);
	await field(page, '摘要', 1).fill(POLICY.en.summary);
	await field(page, '发文机关', 1).fill(POLICY.en.issuer);
}

test('refuses a malformed 文号 and a missing required field, and saves nothing', async ({ page }) => {
	await login(page, '/collections/policies/new');
	await field(page, '文件标题').fill(POLICY.title);
	await field(page, '文号').fill('云政发[2026]99号');
	await page.getByRole('button', { name: '保存' }).click();
	await expect(page.getByText(/格式应为机关代字〔年份〕序号号/)).toBeVisible();
	await expect(page.getByText(/发文机关.*必填|必填.*发文机关|是必填项/).first()).toBeVisible();
	expect(ws.git('branch', '--list', 'cms/*')).toBe('');
	expect(ws.git('status', '--porcelain')).toBe('');
});

test('refuses a policy the build’s rules reject, naming the field', async ({ page }) => {
	await login(page, '/collections/policies/new');
	// Every field is valid on its own, but the policy would expire before it takes effect.
	await fillPolicy(page, { written: '2026-10-20', effective: '2026-11-01', expires: '2026-10-25' });
	await page.getByRole('button', { name: '保存' }).click();
	await expect(page.getByText(/未保存，请先修改：中文 “有效期至”（expires）: is earlier than the date it comes into force/)).toBeVisible();

	expect(ws.git('branch', '--list', 'cms/*')).toBe('');
	expect(ws.git('status', '--porcelain')).toBe('');
});

test('creates and publishes a policy in both languages', async ({ page }) => {
	await login(page, '/collections/policies/new');
	await fillPolicy(page);
	const body = page.locator('[aria-label="markdown field"]').first();
	await body.getByRole('switch').click();
	await body.locator('textarea, [contenteditable=true]').first().click();
	await page.keyboard.type(POLICY.body);
	await page.getByRole('button', { name: '保存' }).click();
	await publish(page);

	expect(ws.git('status', '--porcelain')).toBe('');
	const folder = newPolicyFolder();
	const zh = frontMatter(join(folder, 'index.zh-CN.md'));
	expect(zh.data).toMatchObject({
		title: POLICY.title,
		summary: POLICY.summary,
		issuer: POLICY.issuer,
		docNumber: POLICY.docNumber,
		written: '2026-10-20',
		published: '2026-10-28 10:00',
		effective: '2026-11-01',
		level: 'provincial',
		categories: ['industry'],
		industries: ['green-aluminium'],
	});
	expect(zh.body.trim()).toBe(POLICY.body);
	const en = frontMatter(join(folder, 'index.en.md'));
	expect(en.data).toMatchObject(POLICY.en);
	// Language-neutral facts are stored once, in the Chinese file.
	expect(en.data).not.toHaveProperty('docNumber');
	expect(en.data).not.toHaveProperty('effective');
});

test('edits a project’s investment', async ({ page }) => {
	await login(page, '/collections/projects/entries/yn-2026-0001/index');
	await field(page, '总投资').fill(String(NEW_INVESTMENT));
	await page.getByRole('button', { name: '保存' }).click();
	await publish(page);
	expect(frontMatter(join(ws.dir, 'content/projects/yn-2026-0001/index.zh-CN.md')).data.investment).toBe(NEW_INVESTMENT);
});

test('the rebuilt site shows the new policy, finds it in search and shows the new investment', async ({ page }) => {
	const build = ws.run('npm', 'run', 'build');
	expect(build.code, build.output).toBe(0);
	const id = newPolicyFolder().split('/').pop()!;
	await ws.serve('astro', ['preview', '--port', String(PREVIEW)], `http://localhost:${PREVIEW}/`);
	const site = `http://localhost:${PREVIEW}`;

	await page.goto(`${site}/policies/${id}/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(POLICY.title);
	await expect(page.getByText(POLICY.docNumber).first()).toBeVisible();
	await expect(page.locator('main li', { hasText: '算力设施建设补助' })).toBeVisible();
	await expect(page.getByRole('link', { name: '云南省人民政府网站' })).toHaveAttribute('href', 'https://www.yn.gov.cn/');

	await page.goto(`${site}/en/policies/${id}/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(POLICY.en.title);

	await page.goto(`${site}/search/?q=${encodeURIComponent('数字经济企业')}`);
	await expect(page.locator('[data-results] h2 a', { hasText: POLICY.title })).toHaveAttribute('href', `/policies/${id}/`);

	await page.goto(`${site}/projects/yn-2026-0001/`);
	await expect(page.getByText(formatInvestment(NEW_INVESTMENT, 'zh-CN')).first()).toBeVisible();
});
