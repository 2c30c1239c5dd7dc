/**
 * Preview templates: an entry as its page shows it, with the site's own CSS. Facts come from the
 * collection's declarations and read as on the site: amounts in 亿元 or 万元, the names of the parks,
 * policies and terms an entry refers to (not their ids), a policy's status badge derived from its
 * dates, and the attachments and cover image it carries.
 */
import { formatMeasure } from '../../src/lib/measure.ts';
import { policyStatus } from '../../src/features/policies/policy-status.ts';
import { policyStatusLabels } from '../../src/features/policies/status-labels.ts';
import type { EntryCollection } from '../../src/schema/collections.ts';
import type { Field, Locale } from '../../src/schema/fields.ts';
import type { Taxonomies } from '../fields.ts';
import { decap, plain, type PreviewProps } from './decap.ts';

/** What previews need to know of other entries: their titles, and a policy's dates for the status. */
export type EntryIndex = Record<string, Record<string, { title: string; effective?: string }>>;

export interface PreviewData {
	taxonomies: Taxonomies;
	entries: EntryIndex;
	ui: Locale;
}

const TEXT_FIELDS = new Set(['title', 'summary']);
const ATTACHMENTS = { 'zh-CN': '附件', en: 'Attachments' } as const;
const SEPARATOR = { 'zh-CN': '、', en: ', ' } as const;

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/** A fact's value as readers see it, or undefined when the field is empty or not a short fact. */
function factText(f: Field, value: unknown, data: PreviewData): string | undefined {
	const { ui, taxonomies, entries } = data;
	if (value === undefined || value === null || value === '') return undefined;
	const list = (items: unknown[], one: (v: unknown) => string) => items.map(one).join(SEPARATOR[ui]) || undefined;
	switch (f.kind) {
		case 'select': {
			const label = (v: unknown) => f.options.find((o) => o.value === v)?.label[ui] ?? String(v);
			return Array.isArray(value) ? list(value, label) : label(value);
		}
		case 'number': {
			// As the site shows it: money in 万元 as CNY million in English, mu with hectares.
			return formatMeasure(Number(value), f.unit, ui);
		}
		case 'boolean':
			return value ? { 'zh-CN': '是', en: 'Yes' }[ui] : undefined;
		case 'ref': {
			const name = (id: unknown) => {
				const key = String(id).replace(/\/index$/, '');
				const term = taxonomies[f.to]?.find((t) => t.id === key);
				return (term && (term.name[ui] || term.name['zh-CN'])) ?? entries[f.to]?.[key]?.title ?? key;
			};
			return Array.isArray(value) ? list(value, name) : name(value);
		}
		case 'location': {
			const { lat, lng } = value as { lat?: number; lng?: number };
			return lat !== undefined && lng !== undefined ? `${lat}, ${lng}` : undefined;
		}
		case 'localized': {
			const text = value as { 'zh-CN'?: string; en?: string };
			return text[ui] || text['zh-CN'] || undefined;
		}
		case 'string':
			return f.multiline ? undefined : String(value);
		case 'date':
		case 'datetime':
		case 'email':
		case 'phone':
		case 'url':
			return String(value);
		default:
			return undefined;
	}
}

/** The facts of a set of fields; an object's facts are listed under its label. */
function facts(fields: [string, Field][], values: Record<string, unknown>, data: PreviewData, prefix = ''): [string, string, string][] {
	return fields.flatMap(([name, f]): [string, string, string][] => {
		if (f.kind === 'object' && values[name] && typeof values[name] === 'object') {
			return facts(Object.entries(f.fields), values[name] as Record<string, unknown>, data, `${prefix}${f.label[data.ui]} · `);
		}
		const text = factText(f, values[name], data);
		return text ? [[`${prefix}${name}`, `${prefix}${f.label[data.ui]}`, text]] : [];
	});
}

export function registerPreview(collection: EntryCollection, data: PreviewData): void {
	const { CMS, h, createClass } = decap();
	const { ui } = data;
	const Template = createClass({
		render(this: { props: PreviewProps }) {
			const { entry, widgetFor, getAsset } = this.props;
			const values = plain<Record<string, unknown>>(entry.get('data')) ?? {};
			const fields = Object.entries(collection.fields).filter(([name, f]) => !TEXT_FIELDS.has(name) && f.kind !== 'list');
			const sections = fields
				.filter(([name, f]) => f.kind === 'string' && f.multiline && typeof values[name] === 'string' && values[name])
				.map(([name, f]) => h('section', { key: name }, h('h2', null, f.label[ui]), h('p', null, String(values[name]))));
			const rows = facts(fields, values, data).map(([key, label, text]) => h('div', { key }, h('dt', null, label), h('dd', null, text)));
			const status =
				collection.name === 'policies' && typeof values.effective === 'string'
					? policyStatus(
							{
								effective: values.effective,
								expires: values.expires as string | undefined,
								repealed: values.repealed as string | undefined,
								successorEffective: entries(data, 'policies', values.supersededBy)?.effective,
							},
							today()
						)
					: undefined;
			const attachments = (values.attachments as { file?: string; title?: { 'zh-CN'?: string; en?: string } }[] | undefined) ?? [];
			const [cover] = (values.images as string[] | undefined) ?? [];
			return h(
				'article',
				{ className: 'cms-preview' },
				status ? h('p', null, h('span', { className: `badge status-${status}` }, policyStatusLabels[ui][status])) : null,
				h('h1', null, String(values.title ?? '')),
				values.summary ? h('p', { className: 'cms-preview-summary' }, String(values.summary)) : null,
				cover ? h('img', { className: 'cms-preview-cover', src: getAsset(cover).toString(), alt: '' }) : null,
				rows.length ? h('dl', { className: 'facts' }, ...rows) : null,
				...sections,
				h('div', { className: 'prose' }, widgetFor('body')),
				attachments.length
					? h(
							'section',
							null,
							h('h2', null, ATTACHMENTS[ui]),
							h(
								'ul',
								null,
								...attachments.map((a, i) =>
									h(
										'li',
										{ key: i },
										h(
											'a',
											{ href: a.file ? getAsset(a.file).toString() : undefined, download: true },
											a.title?.[ui] || a.title?.['zh-CN'] || a.file
										),
										' (PDF)'
									)
								)
							)
						)
					: null
			);
		},
	});
	CMS.registerPreviewTemplate(collection.name, Template);
}

const entries = (data: PreviewData, collection: string, id: unknown) =>
	typeof id === 'string' ? data.entries[collection]?.[id.replace(/\/index$/, '')] : undefined;
