/**
 * The share card (Open Graph image) of every page, in the page's language: its own for a project,
 * park, policy, news item, expo, industry and prefecture, its column's for other pages in a column,
 * and the site's for the rest. `shareCards` lists what is drawn, `shareCardPath` which card a page
 * shows, both from the same keys, so a page never points at a card that was not drawn.
 *
 * Path convention: Chinese cards at /og/<key>.jpg, English ones at /og/en/<key>.jpg.
 */
import type { Catalogue } from '../../catalogue/catalogue.ts';
import { site } from '../../catalogue/site.ts';
import { stripLocale } from '../../i18n/routing.ts';
import { translator } from '../../i18n/translate.ts';
import { optionLabel } from '../../lib/labels.ts';
import { formatMeasure } from '../../lib/measure.ts';
import { pick } from '../../lib/translation.ts';
import { NEWS_COLUMNS, PARK_LEVELS, POLICY_LEVELS, projects as projectCollection } from '../../schema/collections.ts';
import { DEFAULT_LOCALE, type Locale, type LocalizedText } from '../../schema/fields.ts';
import { columnOf, columns } from '../layout/columns.ts';
import type { Card } from './og-image.ts';

export interface ShareCard {
	/** Language-neutral: `home`, `columns/<id>` or `<section>/<id>`, the section as in the page's path. */
	key: string;
	card: Card;
}

const BRAND = '#0b5a8a';
const INVESTMENT_UNIT = projectCollection.fields.investment.unit;

/** A card's site path in a language. */
export const cardPath = (key: string, locale: Locale): string => `/og/${locale === DEFAULT_LOCALE ? '' : `${locale}/`}${key}.jpg`;

const drawn = new WeakMap<Catalogue, ShareCard[]>();

/** Every card of one language, drawn once per catalogue. */
export function shareCards(c: Catalogue): ShareCard[] {
	const known = drawn.get(c);
	if (known) return known;
	const { locale } = c;
	const t = translator(locale);
	const colour = (industry: string | undefined) => c.industries.find((i) => i.id === industry)?.colour ?? BRAND;
	const name = pick(site.name, locale);
	const from = (section: string) => `${name} · ${section}`;
	const place = (prefecture: string) => pick(c.prefecture(prefecture).name, locale);
	// A card's smaller lines only in the card's language: an English card gets no Chinese summary.
	const own = (text: LocalizedText | undefined) => text?.[locale];
	const summary = (entry: { data: { summary: string }; untranslated: readonly string[] }) =>
		entry.untranslated.includes('summary') ? undefined : entry.data.summary;
	const cards: ShareCard[] = [
		{
			key: 'home',
			card: {
				title: pick(site.shortName, locale),
				subtitle: pick(site.tagline, locale),
				facts: [pick(site.region, locale)],
				accent: BRAND,
				organisation: name,
			},
		},
		...columns.map((col) => ({
			key: `columns/${col.id}`,
			card: {
				title: col.label[locale],
				subtitle: own(c.column(col.id)),
				facts: [pick(site.shortName, locale)],
				accent: BRAND,
				organisation: name,
			},
		})),
		...c.projects.map((p) => ({
			key: `projects/${p.id}`,
			card: {
				title: p.data.title,
				subtitle: summary(p),
				// The measure formatter: “CNY 3.5 billion” on an English card, “35亿元” on a Chinese one.
				facts: [formatMeasure(p.data.investment, INVESTMENT_UNIT, locale), place(p.data.prefecture), p.data.code],
				accent: colour(p.data.industry),
				organisation: from(t('nav.projects')),
			},
		})),
		...c.parks.map((p) => ({
			key: `parks/${p.id}`,
			card: {
				title: p.data.title,
				subtitle: summary(p),
				facts: [optionLabel(PARK_LEVELS, p.data.level, locale), place(p.data.prefecture)],
				accent: colour(p.data.industries[0]),
				organisation: from(t('nav.parks')),
			},
		})),
		...c.policies.map((p) => ({
			key: `policies/${p.id}`,
			card: {
				title: p.data.title,
				subtitle: summary(p),
				facts: [optionLabel(POLICY_LEVELS, p.data.level, locale), p.data.published.slice(0, 10)],
				accent: colour(p.data.industries[0]),
				organisation: from(t('nav.policies')),
			},
		})),
		...c.news.map((n) => ({
			key: `news/${n.id}`,
			card: {
				title: n.data.title,
				subtitle: summary(n),
				facts: [optionLabel(NEWS_COLUMNS, n.data.column, locale), n.data.published.slice(0, 10)],
				accent: BRAND,
				organisation: from(t('nav.news')),
			},
		})),
		...c.expos.map((e) => ({
			key: `expo/${e.id}`,
			card: {
				title: pick(e.name, locale),
				subtitle: own(e.description),
				facts: [`${e.start} – ${e.end}`, pick(e.venue, locale)],
				accent: '#f2a900',
				organisation: from(t('expo.title')),
			},
		})),
		...c.industries.map((i) => ({
			key: `industries/${i.id}`,
			card: {
				title: pick(i.name, locale),
				subtitle: own(i.description),
				facts: [t('count.projects', { n: c.projectsBy.industry(i.id).length }), t('count.parks', { n: c.parksBy.industry(i.id).length })],
				accent: i.colour,
				organisation: from(t('nav.industries')),
			},
		})),
		...c.prefectures.map((p) => ({
			key: `prefectures/${p.id}`,
			card: {
				title: pick(p.name, locale),
				subtitle: own(p.description),
				facts: [
					t('count.projects', { n: c.projectsBy.prefecture(p.id).length }),
					t('count.parks', { n: c.parksBy.prefecture(p.id).length }),
				],
				accent: BRAND,
				organisation: from(t('nav.prefectures')),
			},
		})),
	];
	for (const s of cards) s.card.lang = locale;
	drawn.set(c, cards);
	return cards;
}

const keysOf = new WeakMap<Catalogue, Set<string>>();

/** The card a page shows, by its path: its own, else its column's, else the site's. */
export function shareCardPath(path: string, c: Catalogue): string {
	let keys = keysOf.get(c);
	if (!keys) keysOf.set(c, (keys = new Set(shareCards(c).map((s) => s.key))));
	const neutral = stripLocale(path);
	// A page below an entry's (an expo's poster) shares the entry's card.
	const [section, id] = neutral.split('/').filter(Boolean);
	const own = section && id ? `${section}/${decodeURIComponent(id)}` : undefined;
	const column = columnOf(neutral);
	const key = own && keys.has(own) ? own : column && keys.has(`columns/${column.id}`) ? `columns/${column.id}` : 'home';
	return cardPath(key, c.locale);
}
