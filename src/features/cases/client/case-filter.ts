/** Filters the success stories (CaseListPage.astro) through the search index; the filters live in the URL. */
import { createAll } from '../../../lib/component.ts';
import { startListFilter } from '../../filters/client/list-filter.ts';
import type { CaseItemData } from '../case-item.ts';
import { caseCard } from './case-card.ts';

createAll('case-filter', (root) => {
	const template = root.querySelector<HTMLTemplateElement>('template[data-case-card]')!;
	startListFilter<CaseItemData>(root, (data) => caseCard(template, data));
});
