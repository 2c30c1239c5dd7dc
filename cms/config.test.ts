/**
 * The CMS configuration and the content schema must describe the same content: every declared
 * field has a widget of the right kind with the same rules, and no widget exists without a field.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readTerms } from './admin-files.ts';
import { nextName, uploadName } from './admin/media.ts';
import { FORMATS, cmsConfig } from './config.ts';
import { cmsFields, type CmsField } from './fields.ts';
import { nextIndexNumber } from './index-number.ts';
import { entryProblems, problemText } from './validate.ts';
import { readSiteSettings } from '../src/catalogue/site.ts';
import { PREPARATION_STEPS, dataCollections, entryCollections, policies, projects } from '../src/schema/collections.ts';
import { LOCALES, field, type Field, type Fields } from '../src/schema/fields.ts';
import { siteSettings } from '../src/schema/site.ts';

const site = readSiteSettings();
const taxonomies = readTerms();
const config = cmsConfig(site, { taxonomies });

const WIDGETS: Record<Field['kind'], string[]> = {
	string: ['string', 'text'],
	number: ['number'],
	boolean: ['boolean'],
	date: ['datetime'],
	datetime: ['datetime'],
	select: ['select'],
	ref: ['relation', 'select'],
	image: ['image'],
	file: ['file'],
	email: ['string'],
	phone: ['string'],
	url: ['string'],
	location: ['location'],
	polygon: ['polygon'],
	localized: ['object'],
	object: ['object'],
	list: ['list'],
};

const optionValues = (w: CmsField) => (w.options as { value: string }[]).map((o) => o.value);

/** Every way the Decap fields differ from the declarations, as sentences naming the field. */
function disagreements(fields: Fields, widgets: CmsField[], topLevel: boolean, path = ''): string[] {
	const problems: string[] = [];
	const names = widgets.map((w) => w.name).filter((n) => !(topLevel && n === 'body'));
	for (const name of names) if (!(name in fields)) problems.push(`${path}${name}: a widget without a field`);
	for (const [name, f] of Object.entries(fields)) {
		const at = `${path}${name}`;
		const w = widgets.find((x) => x.name === name);
		if (!w) {
			problems.push(`${at}: a field without a widget`);
			continue;
		}
		if (f.deployment) {
			if (w.widget !== 'readonly') problems.push(`${at}: a deployment setting editors can change (${w.widget})`);
			continue;
		}
		if (!WIDGETS[f.kind].includes(w.widget)) problems.push(`${at}: ${f.kind} field shown as a ${w.widget} widget`);
		if (Boolean(w.required) !== f.required) problems.push(`${at}: required ${f.required} but the widget says ${w.required}`);
		if (topLevel && Boolean(w.i18n) !== f.translatable) problems.push(`${at}: translatable ${f.translatable} but i18n ${w.i18n}`);
		if (f.kind === 'select' && JSON.stringify(optionValues(w)) !== JSON.stringify(f.options.map((o) => o.value)))
			problems.push(`${at}: options differ`);
		if (f.kind === 'ref') {
			const terms = taxonomies[f.to];
			if (terms && JSON.stringify(optionValues(w)) !== JSON.stringify(terms.map((t) => t.id)))
				problems.push(`${at}: choices differ from ${f.to}`);
			if (!terms && w.collection !== f.to) problems.push(`${at}: refers to ${f.to} but the widget to ${String(w.collection)}`);
		}
		if ((f.kind === 'select' || f.kind === 'ref') && Boolean(w.multiple) !== f.multiple) problems.push(`${at}: multiple differs`);
		if (f.kind === 'number' && (w.min !== f.min || w.max !== f.max))
			problems.push(`${at}: bounds ${w.min}–${w.max} instead of ${f.min}–${f.max}`);
		if (f.kind === 'string' && f.pattern) {
			const [source] = (w.pattern ?? []) as string[];
			if (source !== f.pattern.regex.source || !new RegExp(source).test(f.pattern.example)) problems.push(`${at}: pattern differs`);
		}
		if (f.kind === 'object') problems.push(...disagreements(f.fields, w.fields as CmsField[], false, `${at}.`));
		if (f.kind === 'list') {
			if (f.of.kind === 'object') problems.push(...disagreements(f.of.fields, w.fields as CmsField[], false, `${at}.*.`));
			else if (!WIDGETS[f.of.kind].includes((w.field as CmsField).widget)) problems.push(`${at}.*: item widget differs`);
		}
	}
	return problems;
}

const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const fileFields = (collectionName: string, file: string) =>
	(collection(collectionName).files as { name: string; fields: CmsField[] }[]).find((f) => f.name === file)!.fields;

describe('the CMS configuration', () => {
	it('has a widget for every field of every entry collection, with the same rules', () => {
		for (const c of Object.values(entryCollections)) {
			expect(disagreements(c.fields, collection(c.name).fields as CmsField[], true), c.name).toEqual([]);
		}
	});

	it('edits every taxonomy file and the site settings with the same rules', () => {
		for (const c of Object.values(dataCollections)) {
			const [list] = fileFields('taxonomies', c.name);
			expect(list!.name).toBe(c.key);
			expect(disagreements(c.item, list!.fields as CmsField[], false, `${c.name}.`)).toEqual([]);
		}
		expect(disagreements(siteSettings.fields, fileFields('settings', 'site'), false)).toEqual([]);
	});

	it('notices a field without a widget, a stray widget and a changed enum', () => {
		const fields = [...(collection('policies').fields as CmsField[])].filter((w) => w.name !== 'docNumber');
		fields.push({ name: 'sponsor', label: '主办', widget: 'string' });
		const level = fields.findIndex((w) => w.name === 'level');
		fields[level] = { ...fields[level]!, options: [{ value: 'national', label: '国家级' }] };
		expect(disagreements(policies.fields, fields, true)).toEqual([
			'sponsor: a widget without a field',
			'docNumber: a field without a widget',
			'level: options differ',
		]);
	});

	it('stores each entry as one Markdown file per language in its own folder, its files in files/', () => {
		for (const c of Object.values(entryCollections)) {
			expect(collection(c.name)).toMatchObject({
				folder: `content/${c.folder}`,
				path: '{{slug}}/index',
				extension: 'md',
				format: FORMATS.frontMatter,
				media_folder: 'files',
				public_folder: 'files',
				i18n: true,
			});
		}
		expect(collection('projects').preview_path).toBe('projects/{{dirname}}/');
		expect(collection('interpretations').preview_path).toBe('policies/interpretations/{{dirname}}/');
		// Chinese file names stay Chinese.
		expect(config.slug).toMatchObject({ encoding: 'unicode' });
		expect(config.i18n).toEqual({ structure: 'multiple_files', locales: [...LOCALES], default_locale: 'zh-CN' });
		expect(config.publish_mode).toBe('editorial_workflow');
		expect(cmsConfig({ ...site, cms: { ...site.cms, backend: 'gitea' } }, { taxonomies }).publish_mode).toBe('simple');
		expect(config.locale).toBe('zh_Hans');
		expect(config).not.toHaveProperty('local_backend');
		const local = cmsConfig(site, { taxonomies, localBackend: 'http://localhost:8081/api/v1', localSite: 'http://localhost:4321' });
		expect(local.local_backend).toEqual({ url: 'http://localhost:8081/api/v1' });
		// Links to an entry's page open the local preview, which shows a change at once.
		expect(local.site_url).toBe('http://localhost:4321');
		expect(config.site_url).toBe(site.url);
	});

	it('speaks the editor’s language: Chinese, or English for an editor who chose it', () => {
		const english = cmsConfig(site, { taxonomies, locale: 'en' });
		expect(english.locale).toBe('en');
		const fields = (name: string, c = config) => c.collections.find((x) => x.name === name)!.fields as CmsField[];
		expect(fields('policies').find((f) => f.name === 'expires')).toMatchObject({ label: '有效期至' });
		expect(fields('policies', english).find((f) => f.name === 'expires')).toMatchObject({
			label: 'Expires',
			hint: 'Leave empty if open-ended',
		});
		expect(fields('policies', english).find((f) => f.name === 'docNumber')?.pattern?.[1]).toMatch(/^Write issuer code/);
		expect(english.collections.find((c) => c.name === 'policies')?.label).toBe('Policies');
	});

	it('hints at an e-mail address with the pattern the build checks it with', () => {
		const [email] = cmsFields({ email: field.email({ label: { 'zh-CN': '邮箱', en: 'E-mail' } }) }, {}, (text) => text.en);
		const hint = new RegExp((email!.pattern as string[])[0]!);
		for (const address of ['invest@example.gov.cn', 'tzcjj.km@163.com', 'no-at-sign', 'a@b.c', 'dot.@example.cn', 'two@@example.cn'])
			expect(hint.test(address), address).toBe(z.email().safeParse(address).success);
	});

	it('stores the footer’s badge and filing icon in content/identity/, where the build publishes them from', () => {
		const settings = config.collections.find((c) => c.name === 'settings')!.files as Record<string, unknown>[];
		expect(settings.find((f) => f.name === 'site')).toMatchObject({
			file: 'content/site.yaml',
			media_folder: 'identity',
			public_folder: 'identity',
		});
		const footer = fileFields('settings', 'site').find((f) => f.name === 'footer')!.fields as CmsField[];
		for (const name of ['psbIcon', 'partyBadgeImage']) expect(footer.find((f) => f.name === name)?.widget).toBe('file');
		expect(fileFields('settings', 'site').find((f) => f.name === 'relatedSites')?.widget).toBe('list');
	});

	it('shows deployment settings without letting editors change them', () => {
		const settings = fileFields('settings', 'site');
		for (const name of ['url', 'cms']) expect(settings.find((f) => f.name === name)?.widget).toBe('readonly');
		const map = settings.find((f) => f.name === 'map')!.fields as CmsField[];
		expect(map.filter((f) => f.widget === 'readonly').map((f) => f.name)).toEqual([
			'tiles',
			'tiandituKey',
			'reviewNumber',
			'outsideChina',
			'standardMap',
		]);
		expect(settings.find((f) => f.name === 'name')?.widget).toBe('object');
	});
});

describe('the save check in the editor', () => {
	const read = (file: string) => {
		const [, head = ''] = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8')) ?? [];
		return yaml.load(head, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
	};
	const zh = read('content/policies/yn-investment-promotion-measures-2024/index.zh-CN.md');
	const en = read('content/policies/yn-investment-promotion-measures-2024/index.en.md');

	it('accepts a policy the build accepts, with Decap’s empty lists in the translation', () => {
		expect(entryProblems(policies, { 'zh-CN': { ...zh, body: '正文' }, en: { ...en, categories: [], industries: [] } })).toEqual([]);
	});

	it('accepts a Chinese-only entry: the translation is optional field by field, as on the site', () => {
		expect(entryProblems(policies, { 'zh-CN': zh, en: {} })).toEqual([]);
		expect(entryProblems(policies, { 'zh-CN': zh, en: { title: ' ', summary: '', issuer: '' } })).toEqual([]);
	});

	it('refuses what the build refuses, naming the language and the field, in the editor’s language', () => {
		const [docNumber] = entryProblems(policies, { 'zh-CN': { ...zh, docNumber: '云政发[2024]12号' } });
		expect(problemText(docNumber!, 'zh-CN')).toBe(
			'中文“文号”：格式应为机关代字〔年份〕序号号，年份用六角括号〔〕；令和公告写作 国务院令第783号，例如 云政发〔2024〕12号'
		);
		const [expires] = entryProblems(policies, { 'zh-CN': { ...zh, expires: '2000-01-01' } });
		expect(expires).toMatchObject({ locale: 'zh-CN', path: ['expires'] });
		expect(problemText(expires!, 'zh-CN')).toBe('中文“有效期至”：早于施行日期。请把有效期设在施行日期之后；长期有效的留空');
		expect(problemText(expires!, 'en')).toBe(
			'Chinese “Expires”: Is earlier than the date it comes into force (effective): set “expires” after “effective”, or leave it empty for an open-ended policy'
		);
		const [missing] = entryProblems(policies, { 'zh-CN': { ...zh, issuer: '' } });
		expect(problemText(missing!, 'zh-CN')).toBe('中文“发文机关”：请填写“发文机关”');
		const [tooLong] = entryProblems(policies, { 'zh-CN': zh, en: { title: 'x'.repeat(200) } });
		expect(problemText(tooLong!, 'en')).toBe('English “Title”: At most 160 characters');
	});

	it('refuses a project whose breakdown does not add up to its investment, in the editor’s language', () => {
		const project = read('content/projects/yn-2026-0001/index.zh-CN.md');
		const files = ['cover.jpg', 'site-plan.png', 'YN-2026-0001-项目建议书.pdf'];
		expect(entryProblems(projects, { 'zh-CN': project }, files)).toEqual([]);
		const [sum] = entryProblems(projects, { 'zh-CN': { ...project, investment: 300000 } }, files);
		expect(problemText(sum!, 'zh-CN')).toBe('中文“投资构成”：各项之和不等于总投资。请核对各项金额（万元）和总投资，使之相等');
	});

	it('offers the approvals of a project’s preparatory work as a choice, and its highlights per language', () => {
		const fields = collection('projects').fields as CmsField[];
		const preparation = fields.find((w) => w.name === 'preparation')!;
		const step = (preparation.fields as CmsField[]).find((w) => w.name === 'step')!;
		expect(optionValues(step)).toEqual(PREPARATION_STEPS.map((o) => o.value));
		expect(fields.find((w) => w.name === 'highlights')).toMatchObject({ widget: 'list', i18n: true, max: 5 });
		expect(fields.find((w) => w.name === 'breakdown')!.i18n).toBeUndefined();
		expect(fields.find((w) => w.name === 'policies')).toMatchObject({ widget: 'relation', collection: 'policies', multiple: true });
	});

	it('refuses an entry whose files are not all saved with it, naming the file', () => {
		const withAttachments = {
			...zh,
			attachments: [
				{ file: 'files/附件一.pdf', title: { 'zh-CN': '附件一' } },
				{ file: 'files/附件二.pdf', title: { 'zh-CN': '附件二' } },
			],
		};
		expect(entryProblems(policies, { 'zh-CN': withAttachments }, ['附件一.pdf', '附件二.pdf'])).toEqual([]);
		const problems = entryProblems(policies, { 'zh-CN': withAttachments }, ['附件二.pdf']);
		expect(problems.map((p) => problemText(p, 'zh-CN'))).toEqual([
			'中文“文件”：文件“附件一.pdf”没有随条目一起保存：请重新上传，或删去这一项',
		]);
		expect(problems[0]!.path).toEqual(['attachments', 0, 'file']);
	});
});

describe('what the CMS fills in and renames', () => {
	it('continues the year’s series of 索引号', () => {
		const taken = ['11530000MB1234567X/2026-00152', '11530000MB1234567X/2025-00300', '000014349/2026-00999'];
		expect(nextIndexNumber('11530000MB1234567X', '2026', taken)).toBe('11530000MB1234567X/2026-00153');
		expect(nextIndexNumber('11530000MB1234567X', '2027', taken)).toBe('11530000MB1234567X/2027-00001');
	});

	it('keeps a readable name for every upload and never replaces a file of the same name', () => {
		expect(uploadName('云政发〔2025〕18号-关于支持数字经济的通知.pdf', '附件')).toBe('云政发〔2025〕18号-关于支持数字经济的通知.pdf');
		expect(uploadName('附件.pdf', '附件')).toBe('附件.pdf');
		expect(uploadName('?.pdf', '附件')).toBe('附件.pdf');
		expect(uploadName('.pdf', 'attachment')).toBe('attachment.pdf');
		expect(nextName('附件.pdf')).toBe('附件-2.pdf');
		expect(nextName('附件-2.pdf')).toBe('附件-3.pdf');
	});
});
