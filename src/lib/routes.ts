import type { EntryCollectionName } from '../schema/collections.ts';

/** The URL contract of the site, language-neutral; localise with `localizePath`. */
export const routes = {
	home: '/',
	projects: '/projects/',
	project: (id: string) => `/projects/${id}/`,
	projectCard: (id: string) => `/projects/${id}/contact.vcf`,
	parks: '/parks/',
	park: (id: string) => `/parks/${id}/`,
	parksMap: '/parks/map/',
	policies: '/policies/',
	policy: (id: string) => `/policies/${id}/`,
	interpretations: '/policies/interpretations/',
	interpretation: (id: string) => `/policies/interpretations/${id}/`,
	news: '/news/',
	newsItem: (id: string) => `/news/${id}/`,
	industries: '/industries/',
	industry: (id: string) => `/industries/${id}/`,
	prefectures: '/prefectures/',
	prefecture: (id: string) => `/prefectures/${id}/`,
	about: '/about/',
	statement: '/statement/',
	why: '/why/',
	guide: '/guide/',
	open: '/open/',
	openPage: (id: string) => `/open/${id}/`,
	departments: '/open/departments/',
	leaders: '/open/leaders/',
	leader: (id: string) => `/open/leaders/#leader-${id}`,
	reports: '/open/reports/',
	report: (id: string) => `/open/reports/${id}/`,
	interaction: '/interaction/',
	enquiry: (id: string) => `/interaction/${id}/`,
	search: '/search/',
	/** The HTML 网站地图 for people; search engines read the XML one. */
	sitemap: '/sitemap/',
	xmlSitemap: '/sitemap-index.xml',
	/** Pagefind's files, one bundle per language. */
	searchBundle: '/pagefind/',
	expos: '/expo/',
	expo: (id: string) => `/expo/${id}/`,
	expoPoster: (id: string) => `/expo/${id}/poster/`,
	/** The expo's days and agenda as an iCalendar file, in the page's language. */
	expoCalendar: (id: string) => `/expo/${id}/calendar.ics`,
	shortlist: '/shortlist/',
	/** Projects side by side, `?ids=a,b`: a tool, like the shortlist it is reached from. */
	compare: '/compare/',
	projectData: (id: string) => `/data/projects/${id}.json`,
	policiesFeed: '/policies/rss.xml',
	newsFeed: '/news/rss.xml',
	openData: (name: string) => `/data/${name}`,
	/** An attachment by its entry and its file name; the entry's media folder is not part of the URL. */
	attachment: (collection: string, id: string, file: string) => `/files/${collection}/${id}/${file.split('/').pop()}`,
	cases: '/cases/',
	case: (id: string) => `/cases/${id}/`,
} as const;

/** The page of an entry, by its collection. */
export const entryPages = {
	parks: routes.park,
	projects: routes.project,
	policies: routes.policy,
	interpretations: routes.interpretation,
	news: routes.newsItem,
	pages: (id: string) => `/${id}/`,
	open: routes.openPage,
	leaders: routes.leader,
	reports: routes.report,
	enquiries: routes.enquiry,
	cases: routes.case,
} as const satisfies Record<EntryCollectionName, (id: string) => string>;

/** Folder names an entry cannot take because a page of the site already has that path. */
export const RESERVED_IDS: Readonly<Record<string, readonly string[]>> = { parks: ['map'], open: ['departments', 'leaders', 'reports'] };

/** Page `n` of a paginated list at `base` (page 1 is the base itself). */
export const pagePath = (base: string, n: number) => (n <= 1 ? base : `${base}${n}/`);

export const PAGE_SIZE = 24;
