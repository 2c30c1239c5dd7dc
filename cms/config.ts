/**
 * Decap CMS's configuration, derived from the content model in src/schema/. Nothing here declares a
 * field: every collection, widget, enum, bound and pattern comes from the same declarations that
 * Astro's collections and the content check use, so the editor offers what the build accepts.
 */
import { dataCollections, entryCollections, type DataCollection, type EntryCollection } from '../src/schema/collections.ts';
import { DEFAULT_LOCALE, LOCALES, type Field, type Fields, type Pattern } from '../src/schema/fields.ts';
import { PHONE } from '../src/schema/formats.ts';
import { siteSettings, type SiteSettings } from '../src/schema/site.ts';

/** The part of Decap's field configuration we generate. */
export interface CmsField {
	name: string;
	label: string;
	widget: string;
	required?: boolean;
	hint?: string;
	i18n?: boolean;
	pattern?: [string, string];
	default?: unknown;
	[option: string]: unknown;
}
export interface CmsCollection {
	name: string;
	label: string;
	[option: string]: unknown;
}
export type CmsConfig = Record<string, unknown> & { collections: CmsCollection[] };

const zh = (text: { 'zh-CN': string }) => text['zh-CN'];

/** Where the content lives, relative to the repository root. */
export const CONTENT_DIR = 'content';

/** Decap's pattern option: the regex source and the Chinese message it shows when it fails. */
function patternOption({ regex, example, description }: Pattern): [string, string] {
	return [regex.source, `格式应为${zh(description)}，例如 ${example}`];
}

/** The ids and names of each taxonomy (content/taxonomies/*.yaml), offered as choices. */
export type Taxonomies = Record<string, readonly { id: string; name: { 'zh-CN': string } }[]>;

/**
 * A reference. Taxonomy terms are a select whose options are read from their file when the CMS
 * is built: Decap's relation widget marks file-collection values as changed on every load.
 */
function relation(f: Extract<Field, { kind: 'ref' }>, taxonomies: Taxonomies): Record<string, unknown> {
	const terms = Object.values(dataCollections).some((c) => c.name === f.to) ? (taxonomies[f.to] ?? []) : undefined;
	if (terms) return { widget: 'select', options: terms.map((t) => ({ value: t.id, label: t.name['zh-CN'] })) };
	// Decap's slug of our entries is `<id>/index`; the editor's save check stores the id (admin/main.ts).
	return { widget: 'relation', collection: f.to, value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'] };
}

function hintOf(f: Field): string | undefined {
	const parts = [f.hint && zh(f.hint), f.kind === 'number' && f.unit && zh(f.unit) ? `单位：${zh(f.unit)}` : undefined];
	if (f.kind === 'number' && (f.min !== undefined || f.max !== undefined)) {
		parts.push(f.max === undefined ? `不小于 ${f.min}` : f.min === undefined ? `不大于 ${f.max}` : `${f.min}–${f.max}`);
	}
	const hint = parts.filter(Boolean).join('；');
	return hint || undefined;
}

/** The widget options of one field, without its name, label and i18n. */
function widgetOf(f: Field, taxonomies: Taxonomies): Record<string, unknown> {
	switch (f.kind) {
		case 'string':
			return {
				widget: f.multiline ? 'text' : 'string',
				...(f.pattern
					? { pattern: patternOption(f.pattern) }
					: f.max
						? { pattern: [`^[\\s\\S]{0,${f.max}}$`, `最多 ${f.max} 个字符`] }
						: {}),
			};
		case 'number':
			return {
				widget: 'number',
				value_type: f.integer ? 'int' : 'float',
				...(f.min !== undefined ? { min: f.min } : {}),
				...(f.max !== undefined ? { max: f.max } : {}),
				...(f.integer ? {} : { step: 0.01 }),
			};
		case 'boolean':
			return { widget: 'boolean', default: false };
		case 'date':
			return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false };
		case 'datetime':
			return { widget: 'datetime', format: 'YYYY-MM-DD HH:mm', date_format: 'YYYY-MM-DD', time_format: 'HH:mm' };
		case 'select':
			return { widget: 'select', multiple: f.multiple, options: f.options.map((o) => ({ value: o.value, label: zh(o.label) })) };
		case 'ref':
			return { ...relation(f, taxonomies), multiple: f.multiple };
		case 'image':
			return { widget: 'image', choose_url: false };
		case 'file':
			return {
				widget: 'file',
				choose_url: false,
				pattern: [`\\.(${f.extensions.join('|')})$`, `只能上传 ${f.extensions.join('、').toUpperCase()} 文件`],
			};
		case 'email':
			return { widget: 'string', pattern: ['^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', '请填写电子邮箱地址，例如 invest@example.gov.cn'] };
		case 'phone':
			return { widget: 'string', pattern: patternOption(PHONE) };
		case 'url':
			return { widget: 'string', pattern: ['^https?://\\S+$', '请填写以 https:// 开头的完整网址'] };
		case 'location':
			return { widget: 'location' };
		case 'polygon':
			return { widget: 'polygon' };
		case 'localized':
			return {
				widget: 'object',
				collapsed: false,
				fields: [
					{ name: 'zh-CN', label: '中文', widget: 'string', required: f.required },
					{ name: 'en', label: 'English', widget: 'string', required: false },
				],
			};
		case 'object':
			return { widget: 'object', collapsed: false, fields: cmsFields(f.fields, taxonomies, false) };
		case 'list': {
			const max = f.max !== undefined ? { max: f.max } : {};
			if (f.of.kind === 'object') return { widget: 'list', ...max, fields: cmsFields(f.of.fields, taxonomies, false) };
			return { widget: 'list', ...max, field: cmsField('item', f.of, taxonomies, false) };
		}
	}
}

function cmsField(name: string, f: Field, taxonomies: Taxonomies, topLevel: boolean): CmsField {
	const hint = hintOf(f);
	return {
		name,
		label: zh(f.label),
		required: f.required,
		...(hint ? { hint } : {}),
		// Decap leaves fields without i18n out of the other languages' files, as our content model wants.
		...(topLevel && f.translatable ? { i18n: true } : {}),
		...widgetOf(f, taxonomies),
	} as CmsField;
}

/** Decap fields for a set of declarations, in declaration order. */
export function cmsFields(fields: Fields, taxonomies: Taxonomies, topLevel = true): CmsField[] {
	return Object.entries(fields).map(([name, f]) => cmsField(name, f, taxonomies, topLevel));
}

const BODY: CmsField = {
	name: 'body',
	label: '正文',
	widget: 'markdown',
	i18n: true,
	required: false,
	// Editors write Markdown, never MDX: MDX would run code at build time.
	buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
	editor_components: ['image'],
	sanitize_preview: true,
};

/** A new entry's folder name: the project code, or a time stamp as Chinese government sites use. */
function slugTemplate(c: EntryCollection): string {
	return c.idField ? `{{fields.${c.idField} | lower}}` : `{{year}}{{month}}{{day}}-{{hour}}{{minute}}{{second}}`;
}

function entryCollection(c: EntryCollection, taxonomies: Taxonomies): CmsCollection {
	return {
		name: c.name,
		label: zh(c.label),
		label_singular: zh(c.labelSingular),
		folder: `${CONTENT_DIR}/${c.folder}`,
		create: true,
		extension: 'md',
		format: 'frontmatter',
		path: '{{slug}}/index',
		slug: slugTemplate(c),
		identifier_field: 'title',
		summary: c.idField ? `{{${c.idField}}} {{title}}` : '{{title}}',
		sortable_fields: ['title', 'published'],
		// Images and attachments sit next to the entry, where astro:assets picks them up.
		media_folder: '',
		public_folder: '',
		i18n: true,
		fields: [...cmsFields(c.fields, taxonomies), BODY],
	};
}

function dataFile(c: DataCollection, taxonomies: Taxonomies): Record<string, unknown> {
	return {
		name: c.name,
		label: zh(c.label),
		file: `${CONTENT_DIR}/${c.file}`,
		fields: [{ name: c.key, label: zh(c.label), widget: 'list', summary: '{{fields.id}}', fields: cmsFields(c.item, taxonomies, false) }],
	};
}

/** The production backend, from `cms` in content/site.yaml. */
export function backendOf(cms: SiteSettings['cms']): Record<string, unknown> {
	return {
		name: cms.backend,
		repo: cms.repo,
		branch: cms.branch,
		...(cms.baseUrl ? { base_url: cms.baseUrl } : {}),
		...(cms.apiRoot ? { api_root: cms.apiRoot } : {}),
		...(cms.appId ? { app_id: cms.appId } : {}),
		// GitLab and Gitea authorise in the browser with PKCE; GitHub needs an OAuth server (base_url).
		...(cms.backend === 'github' ? {} : { auth_type: 'pkce' }),
		commit_messages: {
			create: 'CMS：新建{{collection}} {{slug}}',
			update: 'CMS：修改{{collection}} {{slug}}',
			delete: 'CMS：删除{{collection}} {{slug}}',
			uploadMedia: 'CMS：上传 {{path}}',
			deleteMedia: 'CMS：删除 {{path}}',
		},
	};
}

export interface CmsOptions {
	taxonomies: Taxonomies;
	/** Save through decap-server on this machine instead of the git host (`npm run cms`). */
	localBackend?: string | undefined;
}

/** The whole Decap configuration, passed to `CMS.init({ config })`. */
export function cmsConfig(site: SiteSettings, options: CmsOptions): CmsConfig {
	const { taxonomies } = options;
	return {
		load_config_file: false,
		locale: 'zh_Hans',
		backend: backendOf(site.cms),
		...(options.localBackend ? { local_backend: { url: options.localBackend } } : {}),
		// Drafts, review and publishing as branches and pull requests; Gitea's backend cannot list drafts.
		publish_mode: site.cms.backend === 'gitea' && !options.localBackend ? 'simple' : 'editorial_workflow',
		site_url: site.url,
		display_url: site.url,
		logo_url: site.logo,
		media_folder: 'public/files',
		public_folder: '/files',
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
		i18n: { structure: 'multiple_files', locales: [...LOCALES], default_locale: DEFAULT_LOCALE },
		collections: [
			...Object.values(entryCollections).map((c) => entryCollection(c, taxonomies)),
			{ name: 'taxonomies', label: '分类数据', editor: { preview: false }, files: Object.values(dataCollections).map((c) => dataFile(c, taxonomies)) },
			{
				name: 'settings',
				label: zh(siteSettings.label),
				editor: { preview: false },
				files: [{ name: siteSettings.name, label: zh(siteSettings.label), file: `${CONTENT_DIR}/${siteSettings.file}`, fields: cmsFields(siteSettings.fields, taxonomies, false) }],
			},
		],
	};
}
