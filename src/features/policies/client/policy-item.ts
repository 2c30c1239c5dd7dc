/**
 * Policies drawn in the browser when the list is filtered: a copy of PolicyItem.astro's blank filled
 * from the item's data, so they are the items the server draws.
 */
import { isoDateTime } from '../../../lib/dates.ts';
import { DEFAULT_LOCALE } from '../../../schema/fields.ts';
import type { PolicyItemData } from '../policy-item.ts';

/** An item for `data`, from the list's blank item. */
export function policyItem(template: HTMLTemplateElement, data: PolicyItemData): HTMLElement {
	const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
	// Astro writes a component's script where the page first renders it, which can be inside the blank.
	for (const script of item.querySelectorAll('script')) script.remove();
	const slot = (name: string) => item.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;
	const badge = item.querySelector<HTMLElement>('[data-policy-status]')!;
	badge.className = `badge status-${data.status}`;
	badge.dataset.policyStatus = data.status;
	badge.textContent = data.statusLabel;
	slot('level').textContent = data.level;
	for (const field of ['title', 'issuer'] as const) {
		slot(field).textContent = data[field];
		if (data.untranslated.includes(field)) slot(field).lang = DEFAULT_LOCALE;
		else slot(field).removeAttribute('lang');
	}
	(slot('title') as HTMLAnchorElement).href = data.url;
	for (const field of ['docNumber', 'indexNumber', 'published'] as const) {
		const value = data[field];
		if (!value) slot(field).remove();
		else slot(field).querySelector('[data-value]')!.textContent = value;
	}
	slot('published').querySelector('time')!.dateTime = isoDateTime(data.published);
	return item;
}
