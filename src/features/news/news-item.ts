/**
 * What the news list shows of an item, in the page's language: NewsItem.astro draws it, and the
 * browser fills a copy of the same item from the same fields when the list is filtered
 * (client/news-item.ts), which reach it in the search index (SearchTags.astro).
 */
import type { Catalogue, NewsItem } from '../../catalogue/catalogue.ts';
import { localizePath } from '../../i18n/routing.ts';
import { optionLabel } from '../../lib/labels.ts';
import { routes } from '../../lib/routes.ts';
import { langOf } from '../../lib/translation.ts';
import { NEWS_COLUMNS } from '../../schema/collections.ts';

export interface NewsItemData {
	url: string;
	title: string;
	summary: string;
	/** The sub-column's label. */
	column: string;
	published: string;
	source?: string | undefined;
	/** Fields shown in Chinese on a page in another language, for want of a translation: they carry `lang="zh-CN"`. */
	untranslated: ('title' | 'summary' | 'source')[];
}

export function newsItemData(n: NewsItem, c: Catalogue): NewsItemData {
	return {
		url: localizePath(routes.newsItem(n.id), c.locale),
		title: n.data.title,
		summary: n.data.summary,
		column: optionLabel(NEWS_COLUMNS, n.data.column, c.locale),
		published: n.data.published,
		source: n.data.source,
		untranslated: (['title', 'summary', 'source'] as const).filter((field) => langOf(n, field)),
	};
}
