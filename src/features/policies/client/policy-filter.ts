/** Filters the policy list (PolicyListPage.astro) through the search index; the filters live in the URL. */
import { createAll } from '../../../lib/component.ts';
import { startListFilter } from '../../filters/client/list-filter.ts';
import type { PolicyItemData } from '../policy-item.ts';
import { policyItem } from './policy-item.ts';

createAll('policy-filter', (root) => {
	const template = root.querySelector<HTMLTemplateElement>('template[data-policy-item]')!;
	startListFilter<PolicyItemData>(root, (data) => policyItem(template, data));
});
