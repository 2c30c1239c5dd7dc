/**
 * The site's content, loaded and merged once per build and shared by every page: each page asks
 * for the catalogue of its language instead of querying collections itself.
 */
import { getCollection, render, type CollectionEntry, type CollectionKey } from 'astro:content';
import {
	entryCollections,
	type EntryCollection,
	type Expo,
	type Figure,
	type Industry,
	type InterpretationData,
	type NewsData,
	type ParkData,
	type PolicyData,
	type Prefecture,
	type ProjectData,
} from '../schema/collections.ts';
import { LOCALES, type Locale } from '../schema/fields.ts';
import { localeCollection } from '../lib/content-check/ids.ts';
import { byNewest, dateInSiteZone, dayOf } from '../lib/dates.ts';
import { policyStatus, type PolicyStatus } from '../lib/policy-status.ts';
import { mergeTranslation } from '../lib/translation.ts';
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
	park(id: string): Park | undefined;
	project(id: string): Project | undefined;
	policy(id: string): Policy | undefined;
	industry(id: string): Industry;
	prefecture(id: string): Prefecture;
	expo(id: string): Expo;
	status(policy: Policy): PolicyStatus;
	/** The policies a policy replaces. */
	supersedes(policy: Policy): Policy[];
	interpretationsOf(policy: Policy): Interpretation[];
}

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((i) => [i.id, i]));
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
			locale === 'zh-CN' ? undefined : byId((await getCollection(localeCollection(collection.name, locale) as CollectionKey)) as AnyEntry[]);
		result[locale] = originals.map((original) => {
			const translation = translations?.get(original.id);
			const hasBody = (e?: AnyEntry) => Boolean(e?.body?.trim());
			const merged = translations
				? mergeTranslation(collection.fields, original.data as Record<string, unknown>, translation?.data as Record<string, unknown> | undefined, {
						original: hasBody(original),
						translation: hasBody(translation),
					})
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
	const [parks, projects, policies, interpretations, news] = await Promise.all([
		loadLocalized<ParkData>(entryCollections.parks),
		loadLocalized<ProjectData>(entryCollections.projects),
		loadLocalized<PolicyData>(entryCollections.policies),
		loadLocalized<InterpretationData>(entryCollections.interpretations),
		loadLocalized<NewsData>(entryCollections.news),
	]);
	const { industries, prefectures, expos, figures } = taxonomies;
	// BUILD_DATE=YYYY-MM-DD pins "today" so two builds of one commit are identical.
	const date = /^\d{4}-\d{2}-\d{2}$/.test(process.env.BUILD_DATE ?? '') ? process.env.BUILD_DATE! : dateInSiteZone(new Date());
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
		const statusCache = new Map<string, PolicyStatus>();
		const status = (p: Policy) => {
			let s = statusCache.get(p.id);
			if (!s) {
				const successor = p.data.supersededBy ? policyById.get(p.data.supersededBy) : undefined;
				s = policyStatus(
					{ effective: p.data.effective, expires: p.data.expires, repealed: p.data.repealed, successorEffective: successor?.data.effective },
					date
				);
				statusCache.set(p.id, s);
			}
			return s;
		};
		const interpretationsByPolicy = Map.groupBy(interpretations[locale], (i) => i.data.policy);
		catalogues[locale] = {
			locale,
			today: date,
			// Parks by level (national first), then in the order prefectures are listed.
			parks: [...parks[locale]].sort(
				(a, b) =>
					['national', 'provincial', 'prefecture'].indexOf(a.data.level) - ['national', 'provincial', 'prefecture'].indexOf(b.data.level) ||
					(prefectureOrder.get(a.data.prefecture) ?? 0) - (prefectureOrder.get(b.data.prefecture) ?? 0) ||
					a.id.localeCompare(b.id)
			),
			projects: [...projects[locale]].sort(byNewest),
			policies: [...policies[locale]].sort(byNewest),
			interpretations: [...interpretations[locale]].sort(byNewest),
			news: [...news[locale]].sort(byNewest),
			industries,
			prefectures,
			expos: [...expos].sort((a, b) => a.start.localeCompare(b.start)),
			figures,
			park: (id) => parkById.get(id),
			project: (id) => projectById.get(id),
			policy: (id) => policyById.get(id),
			industry: (id) => must(industryById, id, 'industry'),
			prefecture: (id) => must(prefectureById, id, 'prefecture'),
			expo: (id) => must(expoById, id, 'expo'),
			status,
			supersedes: (p) => policies[locale].filter((other) => other.data.supersededBy === p.id),
			interpretationsOf: (p) => interpretationsByPolicy.get(p.id) ?? [],
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
