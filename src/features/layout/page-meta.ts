/**
 * The page metadata of the 网页设计规范 (国办发〔2017〕47号): `<meta name=…>` that name the site on
 * every page, the column on column and entry pages, and the article on policies, interpretations
 * and news. Inspection tools and the national search read them. Pages never write them: the layout
 * builds this view-model from the settings, the column of the page's path and, on articles, the
 * entry (article-meta.ts).
 */

export interface SiteMeta {
	name: string;
	/** The host of the site's URL, as the register records it. */
	domain: string;
	/** 网站标识码; absent until the bureau has one. */
	idCode?: string | undefined;
}

export interface ColumnMeta {
	name: string;
	description: string;
	keywords: readonly string[];
	type: string;
}

export interface ArticleMeta {
	title: string;
	/** A content date or date-time: `YYYY-MM-DD` or `YYYY-MM-DD HH:MM`, Beijing time. */
	published: string;
	source: string;
	author: string;
	keywords: readonly string[];
	description: string;
	/** Absolute URL of the article's image, where it has one. */
	image?: string | undefined;
	/** Absolute URL of the article. */
	url: string;
}

export interface PageMeta {
	site: SiteMeta;
	column?: ColumnMeta | undefined;
	article?: ArticleMeta | undefined;
}

export interface MetaTag {
	name: string;
	content: string;
}

/** The host a site URL names: `https://invest.example.gov.cn/` → `invest.example.gov.cn`. */
export const siteDomain = (url: string): string => new URL(url).host;

/**
 * PubDate as the norm writes it, `YYYY-MM-DD HH:MM`. A date without a time was published that day;
 * midnight is the time the format can say that with.
 */
export const pubDate = (value: string): string => (value.length > 10 ? value.slice(0, 16) : `${value.slice(0, 10)} 00:00`);

/** Keywords written by editors may be separated by any comma or 、; the metadata takes one comma-separated list. */
export const splitKeywords = (text: string | undefined): string[] => (text ?? '').split(/[,，、;；]/).map((k) => k.trim());

const keywordList = (keywords: readonly string[]) => [...new Set(keywords.map((k) => k.trim()).filter(Boolean))].join(',');
/** One line: summaries may be written over several. A full-width space (two issuers' names) stays. */
const oneLine = (text: string) => text.replace(/[\t\n\r ]+/g, ' ').trim();

/** The `<meta>` tags of a page, in the order the norm lists them; a value the page lacks is left out. */
export function metaTags({ site, column, article }: PageMeta): MetaTag[] {
	const tags: [string, string | undefined][] = [
		['SiteName', site.name],
		['SiteDomain', site.domain],
		['SiteIDCode', site.idCode],
	];
	if (column)
		tags.push(
			['ColumnName', column.name],
			['ColumnDescription', column.description],
			['ColumnKeywords', keywordList(column.keywords)],
			['ColumnType', column.type]
		);
	if (article)
		tags.push(
			['ArticleTitle', article.title],
			['PubDate', pubDate(article.published)],
			['ContentSource', article.source],
			['Keywords', keywordList(article.keywords)],
			['Author', article.author],
			['Description', article.description],
			['Image', article.image],
			['Url', article.url]
		);
	return tags.flatMap(([name, value]) => {
		const content = value === undefined ? '' : oneLine(value);
		return content ? [{ name, content }] : [];
	});
}
