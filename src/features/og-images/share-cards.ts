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
	/** An entry's card: its title, its summary where it is translated, and the site's part it is in. */
	const entryCard = (
		section: 'projects' | 'parks' | 'policies' | 'news',
		entry: { id: string; data: { title: string; summary: string }; untranslated: readonly string[] },
		facts: string[],
		accent: string
	): ShareCard => ({
		key: `${section}/${entry.id}`,
		card: { title: entry.data.title, subtitle: summary(entry), facts, accent, organisation: from(t(`nav.${section}`)) },
	});
	/** An expo's, an industry's or a prefecture's card: its name and description, both languages in the content. */
	const termCard = (
		key: string,
		term: { name: LocalizedText; description?: LocalizedText | undefined },
		facts: string[],
		accent: string,
		section: string
	): ShareCard => ({
		key,
		card: { title: pick(term.name, locale), subtitle: own(term.description), facts, accent, organisation: from(section) },
	});
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
		...c.projects.map((p) =>
			// The measure formatter: “CNY 3.5 billion” on an English card, “35亿元” on a Chinese one.
			entryCard(
				'projects',
				p,
				[formatMeasure(p.data.investment, INVESTMENT_UNIT, locale), place(p.data.prefecture), p.data.code],
				colour(p.data.industry)
			)
		),
		...c.parks.map((p) =>
			entryCard('parks', p, [optionLabel(PARK_LEVELS, p.data.level, locale), place(p.data.prefecture)], colour(p.data.industries[0]))
		),
		...c.policies.map((p) =>
			entryCard(
				'policies',
				p,
				[optionLabel(POLICY_LEVELS, p.data.level, locale), p.data.published.slice(0, 10)],
				colour(p.data.industries[0])
			)
		),
		...c.news.map((n) => entryCard('news', n, [optionLabel(NEWS_COLUMNS, n.data.column, locale), n.data.published.slice(0, 10)], BRAND)),
		...c.expos.map((e) => termCard(`expo/${e.id}`, e, [`${e.start} – ${e.end}`, pick(e.venue, locale)], '#f2a900', t('expo.title'))),
		...c.industries.map((i) =>
			termCard(
				`industries/${i.id}`,
				i,
				[t('count.projects', { n: c.projectsBy.industry(i.id).length }), t('count.parks', { n: c.parksBy.industry(i.id).length })],
				i.colour,
				t('nav.industries')
			)
		),
		...c.prefectures.map((p) =>
			termCard(
				`prefectures/${p.id}`,
				p,
				[t('count.projects', { n: c.projectsBy.prefecture(p.id).length }), t('count.parks', { n: c.parksBy.prefecture(p.id).length })],
				BRAND,
				t('nav.prefectures')
			)
		),
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
