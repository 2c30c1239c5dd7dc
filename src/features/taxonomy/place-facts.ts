/** Where an entry is, as facts on its page: its prefecture and county, and the park it is in. */
import type { Fact } from '../../components/Facts.astro';
import { routes } from '../../lib/routes.ts';
import { langOf, pick, pickedLang } from '../../lib/translation.ts';

type Placed = { untranslated: readonly string[]; data: { prefecture: string; county?: string | undefined; park?: string | undefined } };

/** The prefecture and the county, under the labels the entry's own schema gives them. */
export function placeFacts(entry: Placed, label: (name: 'prefecture' | 'county') => string, { locale, catalogue: c }: App.Locals): Fact[] {
	const { name } = c.prefecture(entry.data.prefecture);
	return [
		{ label: label('prefecture'), value: pick(name, locale), lang: pickedLang(name, locale) },
		{ label: label('county'), value: entry.data.county, lang: langOf(entry, 'county') },
	];
}

/** The park the entry is in, linked to its page. */
export function parkFact(entry: Placed, label: string, { href, catalogue: c }: App.Locals): Fact {
	const park = entry.data.park ? c.park(entry.data.park) : undefined;
	return { label, value: park?.data.title, href: park && href(routes.park(park.id)), lang: park && langOf(park, 'title') };
}
