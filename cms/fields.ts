/**
 * Decap's widget for each kind of field of the content model (src/schema/fields.ts): its options,
 * bounds, pattern, choices and hint, in the editor's language.
 */
import { dataCollections } from '../src/schema/collections.ts';
import { type Bilingual, type Field, type Fields, type Pattern } from '../src/schema/fields.ts';
import { EMAIL, PHONE, WEB_ADDRESS } from '../src/schema/formats.ts';

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

/** The editor's language: the CMS's own UI and every label, hint and message we give it. */
export type Text = (text: Bilingual) => string;

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
		case 'phone':
		case 'url':
			return { widget: 'string', pattern: patternOption({ email: EMAIL, phone: PHONE, url: WEB_ADDRESS }[f.kind], text) };
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
export function cmsFields(fields: Fields, taxonomies: Taxonomies, text: Text, topLevel = true): CmsField[] {
	return Object.entries(fields).map(([name, f]) => cmsField(name, f, taxonomies, text, topLevel));
}
