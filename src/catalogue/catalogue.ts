/**
 * The site's content, loaded and merged once per build and shared by every page: each page asks
 * for the catalogue of its language instead of querying collections itself.
 */
import { getCollection, render, type CollectionEntry, type CollectionKey } from 'astro:content';
import {
	entryCollections,
	type ColumnId,
	type Department,
	type CaseData,
	type EnquiryData,
	type EntryCollection,
	type Expo,
	type Figure,
	type GuideStep,
	type Industry,
	type InterpretationData,
	type LeaderData,
	type NewsData,
	type OpenPageData,
	type PageData,
	type ParkData,
	type PolicyData,
	type Prefecture,
	type ProfileFigure,
	type ProjectData,
	type ReportData,
} from '../schema/collections.ts';
import { LOCALES, type Locale, type LocalizedText } from '../schema/fields.ts';
import { localeCollection } from '../content-check/ids.ts';
import { buildDate, byNewest, dayOf } from '../lib/dates.ts';
import { byAnswered } from '../features/interaction/enquiries.ts';
import { policyStatus, type PolicyStatus } from '../features/policies/policy-status.ts';
import { mergeTranslation } from '../lib/translation.ts';
import { site } from './site.ts';
import { taxonomies } from './taxonomies.ts';

type AnyEntry = CollectionEntry<CollectionKey>;

export interface Localized<D> {
	id: string;
	locale: Locale;
	data: D;
	/** Translatable fields shown in Chinese because the translation lacks them. */
	untranslated: string[];
	/** The entry whose body this language shows. */
	source: AnyEntry;
}

export type Park = Localized<ParkData>;
export type Project = Localized<ProjectData>;
export type Policy = Localized<PolicyData>;
export type Interpretation = Localized<InterpretationData>;
export type NewsItem = Localized<NewsData>;
export type Page = Localized<PageData>;
export type OpenPage = Localized<OpenPageData>;
export type Leader = Localized<LeaderData>;
export type Report = Localized<ReportData>;
export type Enquiry = Localized<EnquiryData>;
export type Case = Localized<CaseData>;

export interface Catalogue {
	locale: Locale;
	today: string;
	parks: Park[];
	projects: Project[];
	policies: Policy[];
	interpretations: Interpretation[];
	news: NewsItem[];
	industries: Industry[];
	prefectures: Prefecture[];
	expos: Expo[];
	figures: Figure[];
	/** 政府信息公开: leaders in the bureau's order, reports and enquiries newest first, departments as listed. */
	leaders: Leader[];
	reports: Report[];
	enquiries: Enquiry[];
	departments: Department[];
	/** The why-invest page's figures and the how-to-invest steps, in the order of their files. */
	profile: ProfileFigure[];
	guide: GuideStep[];
	/** A fixed page of 政府信息公开 (guide, rules, functions). */
	openPage(id: string): OpenPage;
	park(id: string): Park | undefined;
	project(id: string): Project | undefined;
	/** One of the site's own pages (About …), written by the bureau. */
	page(id: string): Page;
	policy(id: string): Policy | undefined;
	industry(id: string): Industry;
	prefecture(id: string): Prefecture;
	expo(id: string): Expo;
	/** A column's introduction, the bureau's words (content/columns.yaml). */
	column(id: ColumnId): LocalizedText;
	status(policy: Policy): PolicyStatus;
	/** Entries grouped by what they refer to, computed once per build instead of on every page. */
	projectsBy: { industry: Lookup<Project>; prefecture: Lookup<Project>; park: Lookup<Project>; policy: Lookup<Project> };
	parksBy: { industry: Lookup<Park>; prefecture: Lookup<Park> };
	/** `supersededBy` finds the policies a policy replaces. */
	policiesBy: { industry: Lookup<Policy>; region: Lookup<Policy>; supersededBy: Lookup<Policy> };
	newsBy: { industry: Lookup<NewsItem>; prefecture: Lookup<NewsItem> };
	interpretationsOf(policy: Policy): Interpretation[];
	/** Success stories, the latest investment first. */
	cases: Case[];
	casesBy: { industry: Lookup<Case>; prefecture: Lookup<Case>; park: Lookup<Case> };
}

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((i) => [i.id, i]));

/** Items that refer to an id; empty when none do. */
export type Lookup<T> = (id: string) => T[];

/** Groups items by the id (or ids) they refer to, on first use, keeping their order. */
function lookup<T>(items: T[], refs: (item: T) => string | readonly string[] | undefined): Lookup<T> {
	let groups: Map<string, T[]> | undefined;
	return (id) => {
		if (!groups) {
			groups = new Map();
			for (const item of items) for (const ref of [refs(item) ?? []].flat()) groups.set(ref, [...(groups.get(ref) ?? []), item]);
		}
		return groups.get(id) ?? [];
	};
}
const must = <T>(map: Map<string, T>, id: string, what: string): T => {
	const found = map.get(id);
	// The content check rejects unknown references before the build, so this cannot happen.
	if (!found) throw new Error(`Unknown ${what} “${id}”`);
	return found;
};

async function loadLocalized<D>(collection: EntryCollection): Promise<Record<Locale, Localized<D>[]>> {
	const originals = (await getCollection(collection.name as CollectionKey)) as AnyEntry[];
	const result = {} as Record<Locale, Localized<D>[]>;
	for (const locale of LOCALES) {
		const translations =
			locale === 'zh-CN'
				? undefined
				: byId((await getCollection(localeCollection(collection.name, locale) as CollectionKey)) as AnyEntry[]);
		result[locale] = originals.map((original) => {
			const translation = translations?.get(original.id);
			const hasBody = (e?: AnyEntry) => Boolean(e?.body?.trim());
			const merged = translations
				? mergeTranslation(
						collection.fields,
						original.data as Record<string, unknown>,
						translation?.data as Record<string, unknown> | undefined,
						{ original: hasBody(original), translation: hasBody(translation) },
						site.name
					)
				: { data: original.data as Record<string, unknown>, untranslated: [] };
			return {
				id: original.id,
				locale,
				data: merged.data as D,
				untranslated: merged.untranslated,
				source: translation && hasBody(translation) ? translation : original,
			};
		});
	}
	return result;
}

async function load(): Promise<Record<Locale, Catalogue>> {
	const [parks, projects, policies, interpretations, news, pages, openPages, leaders, reports, enquiries, cases] = await Promise.all([
		loadLocalized<ParkData>(entryCollections.parks),
		loadLocalized<ProjectData>(entryCollections.projects),
		loadLocalized<PolicyData>(entryCollections.policies),
		loadLocalized<InterpretationData>(entryCollections.interpretations),
		loadLocalized<NewsData>(entryCollections.news),
		loadLocalized<PageData>(entryCollections.pages),
		loadLocalized<OpenPageData>(entryCollections.open),
		loadLocalized<LeaderData>(entryCollections.leaders),
		loadLocalized<ReportData>(entryCollections.reports),
		loadLocalized<EnquiryData>(entryCollections.enquiries),
		loadLocalized<CaseData>(entryCollections.cases),
	]);
	const { industries, prefectures, expos, figures, columns, departments, profile, guide } = taxonomies;
	const introOf = new Map(columns.map((c) => [c.id, c.intro]));
	const date = buildDate();
	const industryById = byId(industries);
	const prefectureById = byId(prefectures);
	const expoById = byId(expos);
	const fileOrder = (items: { id: string }[]) => new Map(items.map((i, n) => [i.id, n]));
	const prefectureOrder = fileOrder(prefectures);

	const catalogues = {} as Record<Locale, Catalogue>;
	for (const locale of LOCALES) {
		const policyById = byId(policies[locale]);
		const parkById = byId(parks[locale]);
		const projectById = byId(projects[locale]);
		const pageById = byId(pages[locale]);
		const openPageById = byId(openPages[locale]);
		const statusCache = new Map<string, PolicyStatus>();
		const status = (p: Policy) => {
			let s = statusCache.get(p.id);
			if (!s) {
				const successor = p.data.supersededBy ? policyById.get(p.data.supersededBy) : undefined;
				s = policyStatus(
					{
						effective: p.data.effective,
						expires: p.data.expires,
						repealed: p.data.repealed,
						successorEffective: successor?.data.effective,
					},
					date
				);
				statusCache.set(p.id, s);
			}
			return s;
		};
		const interpretationsByPolicy = Map.groupBy(interpretations[locale], (i) => i.data.policy);
		const sortedProjects = [...projects[locale]].sort(byNewest);
		const sortedPolicies = [...policies[locale]].sort(byNewest);
		const sortedNews = [...news[locale]].sort(byNewest);
		const sortedCases = [...cases[locale]].sort((a, b) => b.data.year - a.data.year || byNewest(a, b));
		const parkOrder = ['national', 'provincial', 'prefecture'];
		// Parks by level (national first), then in the order prefectures are listed.
		const sortedParks = [...parks[locale]].sort(
			(a, b) =>
				parkOrder.indexOf(a.data.level) - parkOrder.indexOf(b.data.level) ||
				(prefectureOrder.get(a.data.prefecture) ?? 0) - (prefectureOrder.get(b.data.prefecture) ?? 0) ||
				a.id.localeCompare(b.id)
		);
		catalogues[locale] = {
			locale,
			today: date,
			parks: sortedParks,
			projects: sortedProjects,
			policies: sortedPolicies,
			interpretations: [...interpretations[locale]].sort(byNewest),
			news: sortedNews,
			industries,
			prefectures,
			expos: [...expos].sort((a, b) => a.start.localeCompare(b.start)),
			figures,
			leaders: [...leaders[locale]].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
			reports: [...reports[locale]].sort(byNewest),
			enquiries: [...enquiries[locale]].sort(byAnswered),
			departments,
			profile,
			guide,
			openPage: (id) => must(openPageById, id, 'page'),
			park: (id) => parkById.get(id),
			project: (id) => projectById.get(id),
			page: (id) => must(pageById, id, 'page'),
			policy: (id) => policyById.get(id),
			industry: (id) => must(industryById, id, 'industry'),
			prefecture: (id) => must(prefectureById, id, 'prefecture'),
			expo: (id) => must(expoById, id, 'expo'),
			column: (id) => introOf.get(id) ?? { 'zh-CN': '' },
			status,
			projectsBy: {
				industry: lookup(sortedProjects, (p) => p.data.industry),
				prefecture: lookup(sortedProjects, (p) => p.data.prefecture),
				park: lookup(sortedProjects, (p) => p.data.park),
				policy: lookup(sortedProjects, (p) => p.data.policies),
			},
			parksBy: { industry: lookup(sortedParks, (p) => p.data.industries), prefecture: lookup(sortedParks, (p) => p.data.prefecture) },
			policiesBy: {
				industry: lookup(sortedPolicies, (p) => p.data.industries),
				region: lookup(sortedPolicies, (p) => p.data.region),
				supersededBy: lookup(sortedPolicies, (p) => p.data.supersededBy),
			},
			newsBy: { industry: lookup(sortedNews, (n) => n.data.industries), prefecture: lookup(sortedNews, (n) => n.data.prefecture) },
			interpretationsOf: (p) => interpretationsByPolicy.get(p.id) ?? [],
			cases: sortedCases,
			casesBy: {
				industry: lookup(sortedCases, (x) => x.data.industry),
				prefecture: lookup(sortedCases, (x) => x.data.prefecture),
				park: lookup(sortedCases, (x) => x.data.park),
			},
		};
	}
	return catalogues;
}

let loaded: Promise<Record<Locale, Catalogue>> | undefined;

/** The content of one language; loaded on first use and shared by all pages of the build. */
export async function catalogue(locale: Locale): Promise<Catalogue> {
	loaded ??= load();
	return (await loaded)[locale];
}

/** Renders the body of an entry in the language the page shows. */
export const renderBody = (entry: Localized<unknown>) => render(entry.source);

/** Whether a project's listing has passed its "valid until" date. */
export const isListingExpired = (p: Project, date: string) => Boolean(p.data.validUntil && p.data.validUntil < dayOf(date));
