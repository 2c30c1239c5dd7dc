/**
 * Preview templates: an entry's title, summary, facts and body, styled with the site's own CSS.
 * The facts are the collection's declared fields with their Chinese labels and units.
 */
import type { EntryCollection } from '../../src/schema/collections.ts';
import type { Field } from '../../src/schema/fields.ts';
import type { Taxonomies } from '../config.ts';
import { decap, plain, type PreviewProps, type ReactNode } from './decap.ts';

const TEXT_FIELDS = new Set(['title', 'summary']);

/** A fact's value as readers see it, or undefined when the field is empty or not a short fact. */
export function factText(f: Field, value: unknown, taxonomies: Taxonomies = {}): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	switch (f.kind) {
		case 'select': {
			const label = (v: unknown) => f.options.find((o) => o.value === v)?.label['zh-CN'] ?? String(v);
			return Array.isArray(value) ? value.map(label).join('、') || undefined : label(value);
		}
		case 'number':
			return `${value}${f.unit ? ` ${f.unit['zh-CN']}` : ''}`;
		case 'boolean':
			return value ? '是' : undefined;
		case 'ref': {
			const name = (id: unknown) => taxonomies[f.to]?.find((t) => t.id === id)?.name['zh-CN'] ?? String(id);
			return Array.isArray(value) ? value.map(name).join('、') || undefined : name(value);
		}
		case 'location': {
			const { lat, lng } = value as { lat?: number; lng?: number };
			return lat !== undefined && lng !== undefined ? `${lat}, ${lng}` : undefined;
		}
		case 'localized':
			return (value as { 'zh-CN'?: string })['zh-CN'] || undefined;
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

export function registerPreview(collection: EntryCollection, taxonomies: Taxonomies): void {
	const { CMS, h, createClass } = decap();
	const Template = createClass({
		render(this: { props: PreviewProps }) {
			const { entry, widgetFor } = this.props;
			const data = plain<Record<string, unknown>>(entry.get('data')) ?? {};
			const fields = Object.entries(collection.fields).filter(([name]) => !TEXT_FIELDS.has(name));
			const facts: ReactNode[] = [];
			const sections: ReactNode[] = [];
			for (const [name, f] of fields) {
				const text = factText(f, data[name], taxonomies);
				if (text) facts.push(h('div', { key: name }, h('dt', null, f.label['zh-CN']), h('dd', null, text)));
				else if (f.kind === 'string' && f.multiline && typeof data[name] === 'string' && data[name]) {
					sections.push(h('section', { key: name }, h('h2', null, f.label['zh-CN']), h('p', null, data[name])));
				}
			}
			return h(
				'article',
				{ className: 'cms-preview' },
				h('h1', null, String(data.title ?? '')),
				data.summary ? h('p', { className: 'cms-preview-summary' }, String(data.summary)) : null,
				facts.length ? h('dl', { className: 'facts' }, ...facts) : null,
				...sections,
				h('div', { className: 'prose' }, widgetFor('body'))
			);
		},
	});
	CMS.registerPreviewTemplate(collection.name, Template);
}
