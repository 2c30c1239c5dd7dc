/**
 * Decap CMS's configuration, derived from the content model in src/schema/. Nothing here declares a
 * field: every collection, widget, enum, bound and pattern comes from the same declarations that
 * Astro's collections and the content check use, so the editor offers what the build accepts.
 */
import { GIT_HOSTS, type GitHostName } from '../src/lib/git-hosts.ts';
import { entryPages } from '../src/lib/routes.ts';
import {
	dataCollections,
	entryCollections,
	type DataCollection,
	type EntryCollection,
	type EntryCollectionName,
} from '../src/schema/collections.ts';
import {
	DEFAULT_LOCALE,
	LOCALES,
	MEDIA_FOLDER,
	type Bilingual,
	type Field,
	type Fields,
	type Locale,
	type Pattern,
} from '../src/schema/fields.ts';
import { PHONE } from '../src/schema/formats.ts';
import { IDENTITY_FOLDER, siteSettings, type SiteSettings } from '../src/schema/site.ts';

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

/** Where the content lives, relative to the repository root. */
export const CONTENT_DIR = 'content';

/** Our file formats (cms/admin/yaml-format.ts): they rewrite only what the editor changed. */
export const FORMATS = { frontMatter: 'front-matter', yamlFile: 'yaml-file' } as const;

/** The editor's language: the CMS's own UI and every label, hint and message we give it. */
type Text = (text: Bilingual) => string;

/** Decap's pattern option: the regex source and the message it shows when it fails. */
function patternOption({ regex, example, description }: Pattern, text: Text): [string, string] {
	return [
		regex.source,
		text({ 'zh-CN': `格式应为${description['zh-CN']}，例如 ${example}`, en: `Write ${description.en}, e.g. ${example}` }),
	];
}

/** The ids and names of each taxonomy (content/taxonomies/*.yaml), offered as choices. */
export type Taxonomies = Record<string, readonly { id: string; name: { 'zh-CN': string; en?: string | undefined } }[]>;

/**
 * A reference. Taxonomy terms are a select whose options are read from their file when the CMS
 * is built: Decap's relation widget marks file-collection values as changed on every load.
 */
function relation(f: Extract<Field, { kind: 'ref' }>, taxonomies: Taxonomies, text: Text): Record<string, unknown> {
	const terms = Object.values(dataCollections).some((c) => c.name === f.to) ? (taxonomies[f.to] ?? []) : undefined;
	if (terms)
		return {
			widget: 'select',
			options: terms.map((t) => ({ value: t.id, label: text({ 'zh-CN': t.name['zh-CN'], en: t.name.en || t.name['zh-CN'] }) })),
		};
	// Decap's slug of our entries is `<id>/index`; the field adapter (admin/field-checks.ts) stores the id.
	return { widget: 'relation', collection: f.to, value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'] };
}

function hintOf(f: Field, text: Text): string | undefined {
	const parts = [
		f.hint && text(f.hint),
		f.kind === 'number' && f.unit && text(f.unit) ? text({ 'zh-CN': '单位：', en: 'Unit: ' }) + text(f.unit) : undefined,
	];
	if (f.kind === 'number' && (f.min !== undefined || f.max !== undefined)) {
		parts.push(
			f.max === undefined
				? text({ 'zh-CN': `不小于 ${f.min}`, en: `at least ${f.min}` })
				: f.min === undefined
					? text({ 'zh-CN': `不大于 ${f.max}`, en: `at most ${f.max}` })
					: `${f.min}–${f.max}`
		);
	}
	const hint = parts.filter(Boolean).join(text({ 'zh-CN': '；', en: '; ' }));
	return hint || undefined;
}

/** The widget options of one field, without its name, label and i18n. */
function widgetOf(f: Field, taxonomies: Taxonomies, text: Text): Record<string, unknown> {
	// Deployment settings are shown, not edited: a wrong repository or key would stop the CMS for everyone.
	if (f.deployment) return { widget: 'readonly' };
	switch (f.kind) {
		case 'string':
			return {
				widget: f.multiline ? 'text' : 'string',
				...(f.pattern
					? { pattern: patternOption(f.pattern, text) }
					: f.max
						? { pattern: [`^[\\s\\S]{0,${f.max}}$`, text({ 'zh-CN': `最多 ${f.max} 个字符`, en: `At most ${f.max} characters` })] }
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
			return { widget: 'select', multiple: f.multiple, options: f.options.map((o) => ({ value: o.value, label: text(o.label) })) };
		case 'ref':
			return { ...relation(f, taxonomies, text), multiple: f.multiple };
		case 'image':
			return { widget: 'image', choose_url: false };
		case 'file': {
			const types = f.extensions.map((e) => e.toUpperCase());
			return {
				widget: 'file',
				choose_url: false,
				pattern: [
					`\\.(${f.extensions.join('|')})$`,
					text({ 'zh-CN': `只能上传 ${types.join('、')} 文件`, en: `Only ${types.join(', ')} files` }),
				],
			};
		}
		case 'email':
			return {
				widget: 'string',
				pattern: [
					'^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$',
					text({ 'zh-CN': '请填写电子邮箱地址，例如 invest@example.gov.cn', en: 'Write an e-mail address, e.g. invest@example.gov.cn' }),
				],
			};
		case 'phone':
			return { widget: 'string', pattern: patternOption(PHONE, text) };
		case 'url':
			return {
				widget: 'string',
				pattern: [
					'^https?://\\S+$',
					text({ 'zh-CN': '请填写以 https:// 开头的完整网址', en: 'Write a full address starting with https://' }),
				],
			};
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
			return { widget: 'object', collapsed: false, fields: cmsFields(f.fields, taxonomies, text, false) };
		case 'list': {
			const max = f.max !== undefined ? { max: f.max } : {};
			if (f.of.kind === 'object') return { widget: 'list', ...max, fields: cmsFields(f.of.fields, taxonomies, text, false) };
			return { widget: 'list', ...max, field: cmsField('item', f.of, taxonomies, text, false) };
		}
	}
}

function cmsField(name: string, f: Field, taxonomies: Taxonomies, text: Text, topLevel: boolean): CmsField {
	const hint = hintOf(f, text);
	return {
		name,
		label: text(f.label),
		required: f.required,
		...(hint ? { hint } : {}),
		// Decap leaves fields without i18n out of the other languages' files, as our content model wants.
		...(topLevel && f.translatable ? { i18n: true } : {}),
		...widgetOf(f, taxonomies, text),
	} as CmsField;
}

/** Decap fields for a set of declarations, in declaration order. */
function cmsFields(fields: Fields, taxonomies: Taxonomies, text: Text, topLevel = true): CmsField[] {
	return Object.entries(fields).map(([name, f]) => cmsField(name, f, taxonomies, text, topLevel));
}

const body = (text: Text): CmsField => ({
	name: 'body',
	label: text({ 'zh-CN': '正文', en: 'Body' }),
	widget: 'markdown',
	i18n: true,
	required: false,
	// Editors write Markdown, never MDX: MDX would run code at build time.
	buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
	editor_components: ['image'],
	sanitize_preview: true,
});

/** A new entry's folder name: the project code, or a time stamp as Chinese government sites use. */
function slugTemplate(c: EntryCollection): string {
	return c.idField ? `{{fields.${c.idField} | lower}}` : `{{year}}{{month}}{{day}}-{{hour}}{{minute}}{{second}}`;
}

function entryCollection(c: EntryCollection, taxonomies: Taxonomies, text: Text): CmsCollection {
	return {
		name: c.name,
		label: text(c.label),
		label_singular: text(c.labelSingular),
		folder: `${CONTENT_DIR}/${c.folder}`,
		// A collection of the site's own pages has exactly those entries.
		create: !c.fixedIds,
		extension: 'md',
		format: FORMATS.frontMatter,
		path: '{{slug}}/index',
		slug: slugTemplate(c),
		identifier_field: 'title',
		summary: c.idField ? `{{${c.idField}}} {{title}}` : '{{title}}',
		// Sorting on a field the collection lacks would offer a choice that does nothing.
		sortable_fields: ['title', 'published', 'answered', 'order'].filter((f) => f in c.fields),
		// Images and attachments sit in the entry's own folder, where astro:assets picks them up; the
		// media picker shows that folder only, so it never offers the entry's Markdown files.
		media_folder: MEDIA_FOLDER,
		public_folder: MEDIA_FOLDER,
		// The entry's folder is its id, and the site's URL of it.
		preview_path: entryPages[c.name as EntryCollectionName]('{{dirname}}').replace(/^\//, ''),
		i18n: true,
		fields: [...cmsFields(c.fields, taxonomies, text), body(text)],
	};
}

function dataFile(c: DataCollection, taxonomies: Taxonomies, text: Text): Record<string, unknown> {
	return {
		name: c.name,
		label: text(c.label),
		file: `${CONTENT_DIR}/${c.file}`,
		fields: [
			{ name: c.key, label: text(c.label), widget: 'list', summary: '{{fields.id}}', fields: cmsFields(c.item, taxonomies, text, false) },
		],
	};
}

/** The production backend, from `cms` in content/site.yaml. */
function backendOf(cms: SiteSettings['cms']): Record<string, unknown> {
	return {
		name: cms.backend,
		repo: cms.repo,
		branch: cms.branch,
		...(cms.baseUrl ? { base_url: cms.baseUrl } : {}),
		...(cms.apiRoot ? { api_root: cms.apiRoot } : {}),
		...(cms.appId ? { app_id: cms.appId } : {}),
		...(GIT_HOSTS[cms.backend as GitHostName].signIn === 'pkce' ? { auth_type: 'pkce' } : {}),
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
	/** The language of the editor's UI; Chinese unless the editor chose English. */
	locale?: Locale;
	/** Save through decap-server on this machine instead of the git host (`npm run cms`). */
	localBackend?: string | undefined;
	/** Where the site is served while editing locally, so links to an entry open the local page. */
	localSite?: string | undefined;
}

/** Decap's name of each UI language. */
const DECAP_LOCALES: Record<Locale, string> = { 'zh-CN': 'zh_Hans', en: 'en' };

/** The whole Decap configuration, passed to `CMS.init({ config })`. */
export function cmsConfig(site: SiteSettings, options: CmsOptions): CmsConfig {
	const { taxonomies, locale = DEFAULT_LOCALE } = options;
	const text: Text = (t) => t[locale];
	const siteUrl = (options.localBackend && options.localSite) || site.url;
	return {
		load_config_file: false,
		locale: DECAP_LOCALES[locale],
		backend: backendOf(site.cms),
		...(options.localBackend ? { local_backend: { url: options.localBackend } } : {}),
		// Drafts, review and publishing as branches and pull requests, where the git host's backend can.
		publish_mode: GIT_HOSTS[site.cms.backend as GitHostName].editorialWorkflow || options.localBackend ? 'editorial_workflow' : 'simple',
		site_url: siteUrl,
		display_url: siteUrl,
		logo_url: site.logo,
		media_folder: `${CONTENT_DIR}/${MEDIA_FOLDER}`,
		public_folder: MEDIA_FOLDER,
		// File names keep their Chinese: 附件一.pdf stays 附件一.pdf rather than becoming .pdf.
		slug: { encoding: 'unicode', clean_accents: false, sanitize_replacement: '-' },
		i18n: { structure: 'multiple_files', locales: [...LOCALES], default_locale: DEFAULT_LOCALE },
		collections: [
			...Object.values(entryCollections).map((c) => entryCollection(c, taxonomies, text)),
			{
				name: 'taxonomies',
				label: text({ 'zh-CN': '分类数据', en: 'Taxonomies' }),
				// Decap takes a file collection's format from the collection, not from its files.
				format: FORMATS.yamlFile,
				editor: { preview: false },
				files: Object.values(dataCollections).map((c) => dataFile(c, taxonomies, text)),
			},
			{
				name: 'settings',
				label: text(siteSettings.label),
				format: FORMATS.yamlFile,
				editor: { preview: false },
				files: [
					{
						name: siteSettings.name,
						label: text(siteSettings.label),
						file: `${CONTENT_DIR}/${siteSettings.file}`,
						// The footer's badge and filing icon go to content/identity/, relative to the file.
						media_folder: IDENTITY_FOLDER,
						public_folder: IDENTITY_FOLDER,
						fields: cmsFields(siteSettings.fields, taxonomies, text, false),
					},
				],
			},
		],
	};
}
