/**
 * The real Decap UI, in Chromium, against `npm run cms` (decap-server in MODE=git and the dev
 * server) on a throwaway clone, used the way a bureau editor uses it: Chinese first, English later,
 * Chinese file names, several attachments in one save, the media picker, refusals at the field,
 * publishing, and a rebuilt site that shows it all.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { formatInvestment } from '../../src/lib/money.ts';
import { cmsWorkspace, type CmsWorkspace } from './cms-workspace.ts';
import { ATTACHMENTS, NEW_INVESTMENT, POLICY, ROOT, editorSession, expect, field, fillPolicy, pdf, publish } from './cms-editor.ts';

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

const PORTS = { dev: Number(process.env.CMS_DEV_PORT ?? 4391), decap: Number(process.env.CMS_DECAP_PORT ?? 8091) };
const PREVIEW = Number(process.env.CMS_PREVIEW_PORT ?? 4393);

let ws: CmsWorkspace;
let files: string;
let session: ReturnType<typeof editorSession>;
test.beforeAll(async () => {
	test.setTimeout(180_000);
	ws = await cmsWorkspace(PORTS);
	files = mkdtempSync(join(tmpdir(), 'cms-uploads-'));
	ATTACHMENTS.forEach((a, i) => writeFileSync(join(files, a.name), pdf(`attachment ${i}`)));
	writeFileSync(join(files, '?.pdf'), pdf('a name Decap would strip'));
	session = editorSession(ws, files);
	writeFileSync(join(files, 'cover.jpg'), readFileSync(join(ROOT, 'content/projects/yn-2026-0001/files/cover.jpg')));
});
test.afterAll(() => ws?.stop());

test('npm run cms refuses a dirty work tree, in Chinese and English, and npm install left the lock file as committed', () => {
	expect(spawnSync('git', ['status', '--porcelain', 'package-lock.json'], { cwd: ROOT, encoding: 'utf8' }).stdout).toBe('');
	writeFileSync(join(ws.dir, 'stray.txt'), 'not committed');
	const run = spawnSync(process.execPath, ['src/scripts/cms.ts'], { cwd: ws.dir, encoding: 'utf8' });
	ws.git('clean', '-fq', 'stray.txt');
	expect(run.status).toBe(1);
	expect(run.stderr).toContain('工作区有未提交的修改，CMS 没有启动');
	expect(run.stderr).toContain('The work tree has uncommitted changes, so the CMS did not start');
	expect(run.stderr).toContain('?? stray.txt');
});

test('refuses a malformed 文号 and a missing required field, and saves nothing', async ({ page }) => {
	await session.login(page, '/collections/policies/new');
	await field(page, '文件标题').fill(POLICY.title);
	await field(page, '发文机关').fill('');
	await field(page, '文号').fill('云政发[2026]99号');
	await page.getByRole('button', { name: '保存' }).click();
	await expect(page.getByText(/“文号”填写有误：格式应为机关代字〔年份〕序号号/)).toBeVisible();
	await expect(page.getByText('“发文机关”是必填项')).toBeVisible();
	expect(ws.git('branch', '--list', 'cms/*')).toBe('');
	expect(ws.git('status', '--porcelain')).toBe('');
});

test('shows a rule the build enforces in Chinese at its field, until the entry no longer breaks it', async ({ page }) => {
	await session.login(page, '/collections/policies/new');
	// Every field is valid on its own, but the policy would take effect before it was written.
	await fillPolicy(page, { written: '2026-10-20', effective: '2026-10-01' });
	await page.getByRole('button', { name: '保存' }).click();
	const refusal = page.getByText('早于成文日期。请核对成文日期和施行日期：文件不能在成文之前施行');
	await expect(refusal).toBeVisible();
	// At the field it concerns, which is brought into view.
	await expect(
		page
			.locator('label', { hasText: /^施行日期$/ })
			.first()
			.locator('xpath=..')
	).toContainText('早于成文日期');
	await expect(field(page, '施行日期')).toBeFocused();
	// Not a notice that closes by itself.
	await page.waitForTimeout(10_000);
	await expect(refusal).toBeVisible();
	// Fixing the other date of the pair clears it.
	await field(page, '成文日期').fill('2026-09-20');
	await expect(refusal).toBeHidden();
	expect(ws.git('branch', '--list', 'cms/*')).toBe('');
});

test('the English UI refuses the same rule in English', async ({ page }) => {
	await session.login(page, '/collections/policies/new', '?lang=en');
	await page
		.getByLabel(/^Title$/)
		.first()
		.fill(POLICY.title);
	await page
		.getByLabel(/^Written on|^Date written$/)
		.first()
		.fill('2026-10-20');
	await page
		.getByLabel(/^In force from$/)
		.first()
		.fill('2026-10-01');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(
		page.getByText(
			'Is earlier than the date the document was written: check “written” and “effective”: a policy cannot take effect before it is written'
		)
	).toBeVisible();
});

test('saves a Chinese-only policy with two Chinese-named attachments in one save, and publishes them with it', async ({ page }) => {
	await session.login(page, '/collections/policies/new');
	// A new policy starts with the bureau as its issuer.
	await expect(field(page, '发文机关')).toHaveValue('云南省投资促进局');
	await fillPolicy(page);
	// The English pane stays empty: the Chinese is published until a translation comes.
	await expect(field(page, '发文机关', 1)).toHaveValue('');
	for (const a of ATTACHMENTS) await session.attach(page, a.name, a.title);
	const body = page.locator('[aria-label="markdown field"]').first();
	await body.getByRole('switch').click();
	await body.locator('textarea, [contenteditable=true]').first().click();
	await page.keyboard.type(POLICY.body);
	await page.getByRole('button', { name: '保存' }).click();
	await expect(page.getByText('条目已保存')).toBeVisible();

	const [branch = ''] = ws.git('for-each-ref', '--format=%(refname:short)', 'refs/heads/cms/policies').split('\n');
	const folder = `content/policies/${branch.split('/')[2]}`;
	const saved = () => ws.git('-c', 'core.quotePath=false', 'ls-tree', '-r', '--name-only', branch, `${folder}/`).trim().split('\n').sort();
	const expected = [...ATTACHMENTS.map((a) => `${folder}/files/${a.name}`), `${folder}/index.en.md`, `${folder}/index.zh-CN.md`].sort();
	expect(saved()).toEqual(expected);

	// A second save of the draft keeps both files.
	await expect(page).toHaveURL(/\/entries\//);
	await field(page, '摘要').fill(`${POLICY.summary}（修订）`);
	await expect(page.getByText('有未保存的修改')).toBeVisible();
	await page.getByRole('button', { name: '保存' }).click();
	await expect(page.getByText('修改已保存')).toBeVisible();
	await expect.poll(() => session.read(`${folder}/index.zh-CN.md`, branch).data.summary).toBe(`${POLICY.summary}（修订）`);
	expect(saved()).toEqual(expected);

	await publish(page);
	expect(ws.git('status', '--porcelain')).toBe('');
	const zh = session.read(`${folder}/index.zh-CN.md`).data;
	expect(zh).toMatchObject({
		title: POLICY.title,
		issuer: POLICY.issuer,
		docNumber: POLICY.docNumber,
		written: '2026-10-20',
		effective: '2026-11-01',
	});
	expect(zh.attachments).toEqual(ATTACHMENTS.map((a) => ({ file: `files/${a.name}`, title: { 'zh-CN': a.title } })));
	// The 索引号 continues the bureau's series for the year.
	expect(zh.indexNumber).toBe('11530000MB1234567X/2026-00153');
	for (const a of ATTACHMENTS)
		expect(Number(ws.git('cat-file', '-s', `main:${folder}/files/${a.name}`))).toBe(readFileSync(join(files, a.name)).length);
	expect(session.read(`${folder}/index.zh-CN.md`).body.trim()).toBe(POLICY.body);
	// The English file is there, empty until translated: the site shows the Chinese with a notice.
	expect(session.read(`${folder}/index.en.md`).data).toEqual({});

	// After publishing the editor learns how the change reaches the site, with a link to its page.
	const notice = page.locator('.publish-notice');
	await expect(notice).toContainText(`已发布《${POLICY.title}》`);
	await expect(notice).toContainText('本机预览立即显示它');
	await expect(notice.getByRole('link', { name: '打开本条目的页面' })).toHaveAttribute(
		'href',
		`http://localhost:${PORTS.dev}/policies/${branch.split('/')[2]}/`
	);
	await expect(page.getByRole('link', { name: /查看线上页面/ })).toHaveAttribute(
		'href',
		`http://localhost:${PORTS.dev}/policies/${branch.split('/')[2]}/`
	);
});

test('translates the policy later, writing only the English file', async ({ page }) => {
	const folder = session.newPolicyFolder();
	const zhBefore = ws.git('show', `main:${folder}/index.zh-CN.md`);
	await session.login(page, `/collections/policies/entries/${folder.split('/').pop()}/index`);
	await field(page, '文件标题', 1).fill(POLICY.en.title);
	await field(page, '摘要', 1).fill(POLICY.en.summary);
	await page.getByRole('button', { name: '保存' }).click();
	await publish(page);
	expect(session.read(`${folder}/index.en.md`).data).toEqual(POLICY.en);
	// The Chinese file changes only where the CMS records the update time.
	const changed = ws
		.git('diff', 'HEAD~1', 'HEAD', '--', `${folder}/index.zh-CN.md`)
		.split('\n')
		.filter((l) => /^[-+][^-+]/.test(l));
	expect(changed.map((l) => l.replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/, 'TIME'))).toEqual(['+updated: TIME']);
	expect(zhBefore).not.toContain('updated:');
});

test('the media picker offers the entry’s files only, and a published file cannot be deleted from it', async ({ page }) => {
	await session.login(page, '/collections/projects/entries/yn-2026-0001/index');
	await page.getByRole('button', { name: /^新增附件/ }).click();
	await page.getByRole('button', { name: '选择文件' }).last().click();
	const cards = page.locator('[class*="-CardText"]');
	// The files of the entry's files/ folder, none of its Markdown.
	await expect(cards).toHaveText(readdirSync(join(ws.dir, 'content/projects/yn-2026-0001/files')).sort());
	await cards.filter({ hasText: 'cover.jpg' }).click();
	const head = ws.git('rev-parse', 'main');
	await page.getByRole('button', { name: '删除所选文件' }).click();
	await expect.poll(() => session.dialogs.at(-1)).toMatch(/^已发布的文件不能在这里删除/);
	expect(ws.git('rev-parse', 'main')).toBe(head);
	expect(existsSync(join(ws.dir, 'content/projects/yn-2026-0001/files/cover.jpg'))).toBe(true);

	// An upload of the same name becomes a new file; a name Decap would strip keeps a readable one.
	// The same bytes again would make Decap keep only one of the two files.
	await page.locator('input[type=file]').setInputFiles(join(files, 'cover.jpg'));
	await expect.poll(() => session.dialogs.at(-1)).toMatch(/与本条目已有的“cover\.jpg”内容完全相同/);
	await page.locator('input[type=file]').setInputFiles(join(files, '?.pdf'));
	await expect(cards).toContainText(['附件.pdf']);
	await page.locator('input[type=file]').setInputFiles({
		name: 'cover.jpg',
		mimeType: 'image/jpeg',
		buffer: Buffer.concat([readFileSync(join(files, 'cover.jpg')), Buffer.from('another photo')]),
	});
	await expect(cards).toContainText(['cover-2.jpg']);
	expect(ws.git('rev-parse', 'main')).toBe(head);
});

test('opening another entry’s address while one is open opens that entry, and saving writes to it', async ({ page }) => {
	await session.login(page, '/collections/projects/entries/yn-2026-0001/index');
	await expect(field(page, '项目编号')).toHaveValue('YN-2026-0001');
	await page.goto(`${ws.admin}#/collections/projects/entries/yn-2026-0010/index`);
	// The page loads anew, the CMS with it. (A project with a breakdown would refuse a new total that its items do not add up to.)
	await expect(field(page, '项目编号')).toHaveValue('YN-2026-0010', { timeout: 30_000 });
	await field(page, '总投资').fill(String(NEW_INVESTMENT));
	await page.getByRole('button', { name: '保存' }).click();
	await expect(page.getByText('条目已保存')).toBeVisible();
	expect(ws.git('for-each-ref', '--format=%(refname:short)', 'refs/heads/cms/projects').trim()).toBe('cms/projects/yn-2026-0010/index');
	expect(session.read('content/projects/yn-2026-0010/index.zh-CN.md', 'cms/projects/yn-2026-0010/index').data.investment).toBe(
		NEW_INVESTMENT
	);
});

test('edits a project’s investment; the diff holds only what changed', async ({ page }) => {
	await session.login(page, '/collections/projects/entries/yn-2026-0008/index');
	// The park is shown by its name, though the file holds its id.
	await expect(page.getByText('昆明高新技术产业开发区', { exact: true }).first()).toBeVisible();
	// The location map finds its way by the prefecture seats and the region's box: it draws no boundary (none has a 审图号).
	const locationMap = page.locator('.location-map').first();
	await expect(locationMap.locator('.location-seat')).toHaveCount(16);
	await expect(locationMap.locator('path.location-region')).toHaveCount(1);
	await expect(locationMap.locator('path.location-point')).toHaveCount(1);
	await expect(locationMap.locator('.leaflet-overlay-pane path:not(.location-region, .location-seat-dot, .location-point)')).toHaveCount(0);
	await field(page, '总投资').fill(String(NEW_INVESTMENT));
	await page.getByRole('button', { name: '保存' }).click();
	await publish(page);
	const diff = ws.git('diff', 'HEAD~1', 'HEAD', '--stat');
	// Saving a published entry stamps its 更新时间, which this one had not yet.
	expect(diff).toContain('content/projects/yn-2026-0008/index.zh-CN.md | 3 ++-');
	expect(diff).toContain('1 file changed');
	const changed = ws
		.git('diff', 'HEAD~1', 'HEAD')
		.split('\n')
		.filter((l) => /^[-+][^-+]/.test(l));
	expect(changed.filter((l) => !/updated: /.test(l))).toEqual(['-investment: 150000', `+investment: ${NEW_INVESTMENT}`]);
});

test('deployment settings are shown, not edited; a change to the bureau’s phone changes one line', async ({ page }) => {
	await session.login(page, '/collections/settings/entries/site');
	await expect(page.locator('output.readonly-value').first()).toHaveText('https://invest.yunnan.example');
	await expect(page.getByText('由网站部署人员在 content/site.yaml 中设置，这里不能修改。').first()).toBeVisible();
	await field(page, '招商咨询电话').fill('0871-65009999');
	await page.getByRole('button', { name: '保存' }).click();
	await publish(page);
	const changed = ws
		.git('diff', 'HEAD~1', 'HEAD')
		.split('\n')
		.filter((l) => /^[-+][^-+]/.test(l));
	expect(changed).toEqual(['-phone: 0871-65000000', '+phone: 0871-65009999']);
});

test('the rebuilt site shows the policy, its attachments and the new investment, and finds the policy', async ({ page }) => {
	const build = ws.run('npm', 'run', 'build');
	expect(build.code, build.output).toBe(0);
	const id = session.newPolicyFolder().split('/').pop()!;
	await ws.serve('astro', ['preview', '--port', String(PREVIEW)], `http://localhost:${PREVIEW}/`);
	const site = `http://localhost:${PREVIEW}`;

	await page.goto(`${site}/policies/${id}/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(POLICY.title);
	await expect(page.getByText(POLICY.docNumber).first()).toBeVisible();
	await expect(page.locator('main li', { hasText: '算力设施建设补助' })).toBeVisible();
	await expect(page.getByRole('link', { name: '云南省人民政府网站' })).toHaveAttribute('href', 'https://www.yn.gov.cn/');
	for (const a of ATTACHMENTS) {
		const link = page.getByRole('link', { name: a.title });
		const response = await page.request.get(new URL((await link.getAttribute('href'))!, site).href);
		expect(response.status()).toBe(200);
		expect((await response.body()).subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
	}

	await page.goto(`${site}/en/policies/${id}/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(POLICY.en.title);

	await page.goto(`${site}/search/?q=${encodeURIComponent('数字经济企业')}`);
	await expect(page.locator('[data-results] h2 a', { hasText: POLICY.title })).toHaveAttribute('href', `/policies/${id}/`);

	await page.goto(`${site}/projects/yn-2026-0008/`);
	await expect(page.getByText(formatInvestment(NEW_INVESTMENT, 'zh-CN')).first()).toBeVisible();
});
