/**
 * Success-story cards drawn in the browser when the list is filtered: a copy of CaseCard.astro's
 * blank filled from the story's data, so they are the cards the server draws.
 */
import { DEFAULT_LOCALE } from '../../../schema/fields.ts';
import { accentClass } from '../../taxonomy/accent.ts';
import type { CaseItemData } from '../case-item.ts';

/** A card for `data`, from the list's blank card. */
export function caseCard(template: HTMLTemplateElement, data: CaseItemData): HTMLElement {
	const card = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
	const slot = (name: string) => card.querySelector<HTMLElement>(`[data-slot="${name}"]`);
	for (const field of ['title', 'summary', 'industry', 'prefecture', 'investor'] as const) {
		const element = slot(field)!;
		element.textContent = data[field];
		if (data.untranslated.includes(field)) element.lang = DEFAULT_LOCALE;
		else element.removeAttribute('lang');
	}
	(slot('title') as HTMLAnchorElement).href = data.url;
	slot('year')!.textContent = String(data.year);
	if (data.amount) slot('amount')!.textContent = data.amount;
	else slot('amount')?.remove();
	card.classList.add(accentClass(data.industryId));
	return card;
}
