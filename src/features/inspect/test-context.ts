/** Small, explicit contexts for the rules' unit tests: only the fields a rule reads need values. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { dataCollections, entryCollections, type EntryCollectionName } from '../../schema/collections.ts';
import type { Option } from '../../schema/fields.ts';
import type { EntryDataOf, InspectContext, InspectedEntry } from './context.ts';

export const DATE = '2026-12-02';

/** An entry of `collection` with the given data; lists the rules read default to empty. */
export function entry<C extends EntryCollectionName>(
	collection: C,
	id: string,
	data: Record<string, unknown>
): InspectedEntry<EntryDataOf<C>> {
	const lists = { images: [], imageAlts: [], industries: [], expos: [], attachments: [], projects: [], parks: [], policies: [] };
	return { id, file: `content/${collection}/${id}/index.zh-CN.md`, data: { title: id, ...lists, ...data } as unknown as EntryDataOf<C> };
}

const name = (zh: string) => ({ 'zh-CN': zh, en: zh });

const empty = <N extends string, T>(names: Record<N, unknown>, nothing: () => T) =>
	Object.fromEntries(Object.keys(names).map((name) => [name, nothing()])) as Record<N, T>;

/** A context with one entry in every column, all fresh on DATE, with `over` replacing parts of it. */
export function context(over: Partial<InspectContext> = {}): InspectContext {
	return {
		...empty(entryCollections, () => []),
		...empty(dataCollections, () => ({ file: '', items: [] })),
		date: DATE,
		parks: [entry('parks', 'park', { prefecture: 'kunming', industries: ['batteries'] })],
		projects: [entry('projects', 'yn-2026-0001', { industry: 'batteries', prefecture: 'kunming', expos: ['fair'] })],
		policies: [entry('policies', 'policy', { published: '2026-11-01', level: 'national', indexNumber: 'x', docNumber: 'y' })],
		interpretations: [entry('interpretations', 'policy-qa', { policy: 'policy', published: '2026-11-02' })],
		news: [entry('news', 'news', { published: '2026-12-01 09:00' })],
		enquiries: [entry('enquiries', 'question', { asked: '2026-11-20', answered: '2026-11-25' })],
		reports: [entry('reports', '2025-website-report', { year: 2025, published: '2026-01-20' })],
		cases: [entry('cases', 'story', { industry: 'batteries', prefecture: 'kunming', year: 2025, published: '2026-03-01' })],
		industries: {
			file: 'content/taxonomies/industries.yaml',
			items: [{ id: 'batteries', name: name('电池'), colour: '#000000', aliases: [] }],
		},
		prefectures: {
			file: 'content/taxonomies/prefectures.yaml',
			items: [{ id: 'kunming', adcode: '530100', name: name('昆明市'), seat: { lat: 25, lng: 102.7 }, aliases: [] }],
		},
		expos: {
			file: 'content/taxonomies/expos.yaml',
			items: [
				{
					id: 'fair',
					name: name('投洽会'),
					short: name('投洽会'),
					start: '2027-03-25',
					end: '2027-03-27',
					venue: name('昆明'),
					aliases: [],
					agenda: [],
					booths: [],
				},
			],
		},
		figures: { file: 'content/taxonomies/figures.yaml', items: [] },
		...over,
	};
}

/** News sub-columns as the content model declares them. */
export const NEWS_COLUMNS = {
	field: 'column',
	options: [
		{ value: 'notices', label: { 'zh-CN': '通知公告', en: 'Notices' } },
		{ value: 'work', label: { 'zh-CN': '工作动态', en: 'Work news' } },
		{ value: 'prefectures', label: { 'zh-CN': '州市动态', en: 'News from the prefectures' } },
	] satisfies Option[],
};

/** A built site in a temporary folder: page paths (`en/news/index.html`) and their HTML. */
export function builtSite(pages: Record<string, string>): string {
	const dist = mkdtempSync(join(tmpdir(), 'inspect-dist-'));
	for (const [path, html] of Object.entries(pages)) {
		mkdirSync(dirname(join(dist, path)), { recursive: true });
		writeFileSync(join(dist, path), html.includes('<html') ? html : `<!DOCTYPE html><html lang="zh-CN"><body>${html}</body></html>`);
	}
	return dist;
}
