/**
 * What the inspection's rules look at: the content as the content check reads it (only entries
 * that pass it, as the build publishes them), the built site when there is one, and the date the
 * site is judged on.
 */
import { validEntries, type Content } from '../../content-check/load.ts';
import { dataCollections, entryCollections, type DataCollectionName, type EntryCollectionName } from '../../schema/collections.ts';
import type { DataOf, Fields, Option } from '../../schema/fields.ts';
import type { BuiltSite } from './built-site.ts';
import type { Finding } from './report.ts';

export interface InspectedEntry<D> {
	id: string;
	/** The entry's Chinese file, relative to the project. */
	file: string;
	data: D;
}

export interface InspectedData<T> {
	file: string;
	items: T[];
}

/** The news field that sorts news into sub-columns (通知公告, 工作动态 …), and its options. */
export interface NewsColumns {
	field: string;
	options: readonly Option[];
}

/** The data of an entry of collection `N`, and an item of data collection `N`. */
export type EntryDataOf<N extends EntryCollectionName> = DataOf<(typeof entryCollections)[N]['fields']>;
export type ItemOf<N extends DataCollectionName> = DataOf<(typeof dataCollections)[N]['item']>;

/** Every collection by its name: its entries, or its data file's items. */
export type InspectContext = { [N in EntryCollectionName]: InspectedEntry<EntryDataOf<N>>[] } & {
	[N in DataCollectionName]: InspectedData<ItemOf<N>>;
} & {
	/** YYYY-MM-DD. */
	date: string;
	/** Absent while news has no sub-column field. */
	newsColumns?: NewsColumns | undefined;
	/** Absent when the site has not been built. */
	site?: BuiltSite | undefined;
};

/** One rule of the inspection: what it finds in the content or the built site. */
export type InspectRule = (ctx: InspectContext) => Finding[];

/** The name of news' sub-column field in src/schema/collections.ts, and the value of 通知公告. */
export const NEWS_COLUMN_FIELD = 'column';
export const NOTICES = 'notices';

export function newsColumnsOf(fields: Fields): NewsColumns | undefined {
	const f = fields[NEWS_COLUMN_FIELD];
	return f?.kind === 'select' ? { field: NEWS_COLUMN_FIELD, options: f.options } : undefined;
}

/** A news item's sub-column, when news has them. */
export const newsColumnOf = (ctx: InspectContext, item: InspectedEntry<EntryDataOf<'news'>>): string | undefined =>
	ctx.newsColumns ? ((item.data as Record<string, unknown>)[ctx.newsColumns.field] as string | undefined) : undefined;

export function contextOf(content: Content, date: string, site?: BuiltSite): InspectContext {
	const valid = validEntries(content);
	const entries = (name: EntryCollectionName): InspectedEntry<unknown>[] =>
		valid.filter((e) => e.collection.name === name).map((e) => ({ id: e.id, file: e.original.path, data: e.data }));
	const data = (name: DataCollectionName): InspectedData<unknown> => {
		const file = content.data.find((d) => d.collection.name === name);
		return { file: file?.file ?? '', items: file?.items ?? [] };
	};
	return {
		...Object.fromEntries((Object.keys(entryCollections) as EntryCollectionName[]).map((name) => [name, entries(name)])),
		...Object.fromEntries((Object.keys(dataCollections) as DataCollectionName[]).map((name) => [name, data(name)])),
		date,
		newsColumns: newsColumnsOf(entryCollections.news.fields),
		site,
	} as InspectContext;
}
