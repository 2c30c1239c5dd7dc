/**
 * What the maps show, built at build time in the page's language: the island in the browser only
 * turns these into markers and popups (with textContent, never HTML), so every text is formatted
 * and escaped here, once.
 */
import { localizePath } from '../../i18n/routing.ts';
import { joinList } from '../../i18n/translate.ts';
import { optionLabel } from '../../lib/labels.ts';
import { measure as formatMeasure } from '../../lib/measure.ts';
import { formatInvestment } from '../../lib/money.ts';
import { routes } from '../../lib/routes.ts';
import { langOf, pick } from '../../lib/translation.ts';
import { PARK_LEVELS, parks, projects } from '../../schema/collections.ts';
import type { Bilingual, GeoPolygon } from '../../schema/fields.ts';
import type { Catalogue, Park, Project } from '../../catalogue/catalogue.ts';

export interface MapItem {
	id: string;
	kind: 'park' | 'project';
	lat: number;
	lng: number;
	title: string;
	/** The title's `lang` where it differs from the page's (see `langOf`). */
	titleLang?: string | undefined;
	href: string;
	/** A park's level, which styles its marker. */
	level?: string;
	/** The line above the title in the popup: a park's level, a project's industry. */
	badge: string;
	facts: { label: string; value: string }[];
	boundary?: GeoPolygon;
}

export interface Seat {
	name: string;
	lat: number;
	lng: number;
}

const pf = parks.fields;

export function parkMapItem(park: Park, c: Catalogue): MapItem {
	const { locale } = c;
	const p = park.data;
	const measure = (value: number | undefined, unit: Bilingual | undefined) => formatMeasure(value, unit, locale);
	const facts = [
		{
			label: pf.industries.label[locale],
			value: joinList(
				p.industries.map((id) => pick(c.industry(id).name, locale)),
				locale
			),
		},
		{ label: pf.prefecture.label[locale], value: pick(c.prefecture(p.prefecture).name, locale) },
		{ label: pf.areaKm2.label[locale], value: measure(p.areaKm2, pf.areaKm2.unit) },
		{ label: pf.costs.fields.landPrice.label[locale], value: measure(p.costs?.landPrice, pf.costs.fields.landPrice.unit) },
	];
	return {
		id: park.id,
		kind: 'park',
		...p.location,
		title: p.title,
		titleLang: langOf(park, 'title'),
		href: localizePath(routes.park(park.id), locale),
		level: p.level,
		badge: optionLabel(PARK_LEVELS, p.level, locale),
		facts: facts.filter((f): f is { label: string; value: string } => Boolean(f.value)),
		...(p.boundary ? { boundary: p.boundary } : {}),
	};
}

/** A project's marker, or undefined for a project without a location. */
export function projectMapItem(project: Project, c: Catalogue): MapItem | undefined {
	const { locale } = c;
	const p = project.data;
	if (!p.location) return undefined;
	return {
		id: project.id,
		kind: 'project',
		...p.location,
		title: p.title,
		titleLang: langOf(project, 'title'),
		href: localizePath(routes.project(project.id), locale),
		badge: pick(c.industry(p.industry).name, locale),
		facts: [{ label: projects.fields.investment.label[locale], value: formatInvestment(p.investment, locale) }],
	};
}

/** Prefecture seats, labelled on the schematic the maps draw without tiles. */
export const seats = (c: Catalogue): Seat[] => c.prefectures.map((p) => ({ name: pick(p.name, c.locale), ...p.seat }));
