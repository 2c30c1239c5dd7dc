/**
 * Decap CMS's configuration, derived from the content model in src/schema/. Nothing here declares a
 * field: every collection, widget, enum, bound and pattern comes from the same declarations that
 * Astro's collections and the content check use, so the editor offers what the build accepts.
 */
import { GIT_HOSTS, type GitHostName } from '../src/lib/git-hosts.ts';
import { cmsFields, type CmsField, type Taxonomies, type Text } from './fields.ts';
import { entryPages } from '../src/lib/routes.ts';
import {
	dataCollections,
	entryCollections,
	type DataCollection,
	type EntryCollection,
	type EntryCollectionName,
} from '../src/schema/collections.ts';
import { DEFAULT_LOCALE, LOCALES, MEDIA_FOLDER, type Locale } from '../src/schema/fields.ts';
import { IDENTITY_FOLDER, siteSettings, type SiteSettings } from '../src/schema/site.ts';

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
