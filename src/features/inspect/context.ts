/**
 * What the inspection's rules look at: the content as the content check reads it (only entries
 * that pass it, as the build publishes them), the built site when there is one, and the date the
 * site is judged on.
 */
import { validEntries, type Content } from '../../content-check/load.ts';
import {
	entryCollections,
	type CaseData,
	type EnquiryData,
	type Expo,
	type Figure,
	type Industry,
	type InterpretationData,
	type NewsData,
	type ParkData,
	type PolicyData,
	type Prefecture,
	type ProjectData,
	type ReportData,
} from '../../schema/collections.ts';
import type { Fields, Option } from '../../schema/fields.ts';
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

export interface InspectContext {
	/** YYYY-MM-DD. */
	date: string;
	parks: InspectedEntry<ParkData>[];
	projects: InspectedEntry<ProjectData>[];
	policies: InspectedEntry<PolicyData>[];
	interpretations: InspectedEntry<InterpretationData>[];
	news: InspectedEntry<NewsData>[];
	enquiries: InspectedEntry<EnquiryData>[];
	reports: InspectedEntry<ReportData>[];
	cases: InspectedEntry<CaseData>[];
	industries: InspectedData<Industry>;
	prefectures: InspectedData<Prefecture>;
	expos: InspectedData<Expo>;
	figures: InspectedData<Figure>;
	/** Absent while news has no sub-column field. */
	newsColumns?: NewsColumns | undefined;
	/** Absent when the site has not been built. */
	site?: BuiltSite | undefined;
}

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
export const newsColumnOf = (ctx: InspectContext, item: InspectedEntry<NewsData>): string | undefined =>
	ctx.newsColumns ? ((item.data as Record<string, unknown>)[ctx.newsColumns.field] as string | undefined) : undefined;

export function contextOf(content: Content, date: string, site?: BuiltSite): InspectContext {
	const valid = validEntries(content);
	const entries = <D>(name: keyof typeof entryCollections): InspectedEntry<D>[] =>
		valid.filter((e) => e.collection.name === name).map((e) => ({ id: e.id, file: e.original.path, data: e.data as D }));
	const data = <T>(name: string): InspectedData<T> => {
		const file = content.data.find((d) => d.collection.name === name);
		return { file: file?.file ?? '', items: (file?.items ?? []) as T[] };
	};
	return {
		date,
		parks: entries<ParkData>('parks'),
		projects: entries<ProjectData>('projects'),
		policies: entries<PolicyData>('policies'),
		interpretations: entries<InterpretationData>('interpretations'),
		news: entries<NewsData>('news'),
		enquiries: entries<EnquiryData>('enquiries'),
		reports: entries<ReportData>('reports'),
		cases: entries<CaseData>('cases'),
		industries: data<Industry>('industries'),
		prefectures: data<Prefecture>('prefectures'),
		expos: data<Expo>('expos'),
		figures: data<Figure>('figures'),
		newsColumns: newsColumnsOf(entryCollections.news.fields),
		site,
	};
}
