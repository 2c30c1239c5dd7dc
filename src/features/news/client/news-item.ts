/**
 * News items drawn in the browser when the list is filtered: a copy of NewsItem.astro's blank filled
 * from the item's data, so they are the items the server draws.
 */
import { isoDateTime } from '../../../lib/dates.ts';
import { DEFAULT_LOCALE } from '../../../schema/fields.ts';
import type { NewsItemData } from '../news-item.ts';

/** An item for `data`, from the list's blank item. */
export function newsItem(template: HTMLTemplateElement, data: NewsItemData): HTMLElement {
	const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
	const slot = (name: string) => item.querySelector<HTMLElement>(`[data-slot="${name}"]`);
	for (const field of ['title', 'summary', 'source'] as const) {
		const element = slot(field);
		if (!element) continue;
		element.textContent = data[field] ?? '';
		if (data.untranslated.includes(field)) element.lang = DEFAULT_LOCALE;
		else element.removeAttribute('lang');
	}
	if (!data.source) slot('source-part')?.remove();
	(slot('title') as HTMLAnchorElement).href = data.url;
	slot('column')!.textContent = data.column;
	const time = slot('published') as HTMLTimeElement;
	time.textContent = data.published;
	time.dateTime = isoDateTime(data.published);
	return item;
}
