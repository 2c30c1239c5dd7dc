/** Rows of the open data sets, built from both languages' catalogues. */
import { localizePath } from '../../i18n/routing.ts';
import { MU_PER_HECTARE } from '../../lib/measure.ts';
import { formatPhone } from '../../lib/phone.ts';
import { routes } from '../../lib/routes.ts';
import { expoProjects } from '../expo/expos.ts';
import type { OpenDataSet, Row } from './formats.ts';
import { catalogue, type Localized } from '../../catalogue/catalogue.ts';

const join = (values: readonly string[]) => values.join('; ');
/** A side-by-side text in two columns, `<key>_zh` and `<key>_en`. */
const inBoth = <K extends string>(key: K, text: Partial<Record<'zh-CN' | 'en', string>> | undefined) =>
	({ [`${key}_zh`]: text?.['zh-CN'], [`${key}_en`]: text?.en }) as Record<`${K}_zh` | `${K}_en`, string | undefined>;
/** A list of labelled figures in one cell: “土建工程: 150000; 设备: 200000”. */
const pairs = (items: readonly (readonly [string | undefined, string | number | undefined])[]) =>
	items.length ? join(items.map(([k, v]) => `${k ?? ''}: ${v ?? ''}`)) : undefined;
// Chinese units stay for those who read them; each has a column in units read everywhere beside it.
const hectares = (mu: number | undefined) => (mu === undefined ? undefined : Math.round((mu / MU_PER_HECTARE) * 100) / 100);

export async function openDataRows(set: OpenDataSet, site: URL): Promise<Row[]> {
	const [zh, en] = await Promise.all([catalogue('zh-CN'), catalogue('en')]);
	const url = (path: string) => new URL(path, site).href;
	const pageUrls = (path: string) => ({ url_zh: url(path), url_en: url(localizePath(path, 'en')) });
	const both = <D>(entries: Localized<D>[], other: Localized<D>[]) => entries.map((e, i) => [e, other[i]!] as const);
	switch (set) {
		case 'projects':
			return both(zh.projects, en.projects).map(([p, e]) => ({
				code: p.data.code,
				title_zh: p.data.title,
				title_en: e.data.title,
				industry: p.data.industry,
				prefecture: p.data.prefecture,
				county_zh: p.data.county,
				park: p.data.park,
				highlights_zh: p.data.highlights.length ? join(p.data.highlights) : undefined,
				highlights_en: e.data.highlights.length && !e.untranslated.includes('highlights') ? join(e.data.highlights) : undefined,
				investment_10k_cny: p.data.investment,
				investment_cny: p.data.investment * 10_000,
				breakdown_10k_cny: pairs(p.data.breakdown.map((b) => [b.item['zh-CN'], b.amount])),
				breakdown_en: pairs(p.data.breakdown.map((b) => [b.item.en, b.amount])),
				financing_10k_cny: pairs(p.data.financing.map((b) => [b.source['zh-CN'], b.amount])),
				financing_en: pairs(p.data.financing.map((b) => [b.source.en, b.amount])),
				irr_percent: p.data.returns?.irr,
				payback_years: p.data.returns?.paybackYears,
				preparation: pairs(p.data.preparation.map((s) => [s.step, s.date ? `${s.status} ${s.date}` : s.status])),
				policies: p.data.policies.length ? join(p.data.policies) : undefined,
				cooperation: join(p.data.cooperation),
				stage: p.data.stage,
				land_area_mu: p.data.landArea,
				land_area_ha: hectares(p.data.landArea),
				lat: p.data.location?.lat,
				lng: p.data.location?.lng,
				recommended: p.data.recommended,
				published: p.data.published,
				updated: p.data.updated,
				valid_until: p.data.validUntil,
				contact_phone: p.data.contact.phone,
				contact_phone_intl: formatPhone(p.data.contact.phone, 'en'),
				contact_email: p.data.contact.email,
				...pageUrls(routes.project(p.id)),
			}));
		case 'parks':
			return both(zh.parks, en.parks).map(([p, e]) => ({
				id: p.id,
				name_zh: p.data.title,
				name_en: e.data.title,
				level: p.data.level,
				kind: p.data.kind,
				prefecture: p.data.prefecture,
				lat: p.data.location.lat,
				lng: p.data.location.lng,
				area_km2: p.data.areaKm2,
				founded: p.data.founded,
				industries: join(p.data.industries),
				land_price_cny_per_mu: p.data.costs?.landPrice,
				land_price_cny_per_ha: p.data.costs?.landPrice === undefined ? undefined : p.data.costs.landPrice * MU_PER_HECTARE,
				electricity_cny_per_kwh: p.data.costs?.electricity,
				water_cny_per_t: p.data.costs?.water,
				gas_cny_per_m3: p.data.costs?.gas,
				factory_rent_cny_per_m2_month: p.data.costs?.factoryRent,
				vacant_factory_m2: p.data.costs?.vacantFactoryArea,
				average_wage_cny_month: p.data.costs?.averageWage,
				social_insurance_base_cny_month: p.data.costs?.socialInsuranceBase,
				costs_as_of: p.data.costs?.asOf,
				available_land_mu: p.data.availableLand,
				available_land_ha: hectares(p.data.availableLand),
				anchor_firms_zh: pairs(p.data.anchorFirms.map((a) => [a.name['zh-CN'], a.industry])),
				anchor_firms_en: pairs(p.data.anchorFirms.map((a) => [a.name.en, a.industry])),
				substation_kv: p.data.utilities?.substationKv,
				power_mva: p.data.utilities?.powerMva,
				water_t_per_day: p.data.utilities?.waterTonnesPerDay,
				gas_m3_per_day: p.data.utilities?.gasM3PerDay,
				travel_minutes: pairs(p.data.transport.map((r) => [`${r.kind} ${r.place.en ?? r.place['zh-CN']}`, r.minutes])),
				enterprises: p.data.enterprises,
				annual_output_100m_cny: p.data.annualOutput,
				annual_output_cny: p.data.annualOutput === undefined ? undefined : p.data.annualOutput * 100_000_000,
				...pageUrls(routes.park(p.id)),
			}));
		case 'policies':
			return both(zh.policies, en.policies).map(([p, e]) => ({
				id: p.id,
				title_zh: p.data.title,
				title_en: e.data.title,
				doc_number: p.data.docNumber,
				index_number: p.data.indexNumber,
				issuer_zh: p.data.issuer,
				issuer_en: e.data.issuer,
				level: p.data.level,
				region: p.data.region,
				categories: join(p.data.categories),
				written: p.data.written,
				published: p.data.published,
				effective: p.data.effective,
				expires: p.data.expires,
				superseded_by: p.data.supersededBy,
				repealed: p.data.repealed,
				status: zh.status(p),
				...pageUrls(routes.policy(p.id)),
			}));
		case 'expos':
			return zh.expos.map((x) => ({
				id: x.id,
				...inBoth('name', x.name),
				...inBoth('short', x.short),
				start: x.start,
				end: x.end,
				...inBoth('venue', x.venue),
				...inBoth('organiser', x.organiser?.name),
				organiser_url: x.organiser?.url,
				website: x.url,
				registration: x.registration,
				projects: join(expoProjects(zh, x).map((p) => p.data.code)),
				booths: pairs(x.booths.map((b) => [zh.project(b.project)?.data.code, b.booth['zh-CN']])),
				agenda_zh: pairs(x.agenda.map((a) => [a.start, a.title['zh-CN']])),
				agenda_en: pairs(x.agenda.map((a) => [a.start, a.title.en])),
				calendar: url(routes.expoCalendar(x.id)),
				...pageUrls(routes.expo(x.id)),
			}));
		case 'cases':
			return both(zh.cases, en.cases).map(([x, e]) => ({
				id: x.id,
				title_zh: x.data.title,
				title_en: e.data.title,
				...inBoth('investor', x.data.investor),
				industry: x.data.industry,
				prefecture: x.data.prefecture,
				county_zh: x.data.county,
				park: x.data.park,
				year: x.data.year,
				investment_10k_cny: x.data.investment,
				investment_cny: x.data.investment === undefined ? undefined : x.data.investment * 10_000,
				support_zh: x.data.support.length ? join(x.data.support) : undefined,
				support_en: e.data.support.length && !e.untranslated.includes('support') ? join(e.data.support) : undefined,
				jobs: x.data.outcome?.jobs,
				annual_output_10k_cny: x.data.outcome?.annualOutput,
				...inBoth('outcome', x.data.outcome?.note),
				news: x.data.news.length ? join(x.data.news) : undefined,
				published: x.data.published,
				updated: x.data.updated,
				...pageUrls(routes.case(x.id)),
			}));
	}
}
