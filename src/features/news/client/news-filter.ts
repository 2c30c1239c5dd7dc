/** Filters the news list (NewsListPage.astro) through the search index; the filters live in the URL. */
import { createAll } from '../../../lib/component.ts';
import { startListFilter } from '../../filters/client/list-filter.ts';
import type { NewsItemData } from '../news-item.ts';
import { newsItem } from './news-item.ts';

createAll('news-filter', (root) => {
	const template = root.querySelector<HTMLTemplateElement>('template[data-news-item]')!;
	startListFilter<NewsItemData>(root, (data) => newsItem(template, data));
});
