/**
 * What the policy list shows of a policy, in the page's language: PolicyItem.astro draws it, and the
 * browser fills a copy of the same item from the same fields when the list is filtered
 * (client/policy-item.ts), which reach it in the search index (SearchTags.astro).
 */
import type { Catalogue, Policy } from '../../catalogue/catalogue.ts';
import { localizePath } from '../../i18n/routing.ts';
import { optionLabel } from '../../lib/labels.ts';
import { routes } from '../../lib/routes.ts';
import { langOf } from '../../lib/translation.ts';
import { POLICY_LEVELS } from '../../schema/collections.ts';
import type { PolicyStatus } from './policy-status.ts';
import { policyStatusLabels } from './status-labels.ts';

export interface PolicyItemData {
	url: string;
	title: string;
	status: PolicyStatus;
	statusLabel: string;
	level: string;
	issuer: string;
	docNumber?: string | undefined;
	indexNumber?: string | undefined;
	published: string;
	/** Fields shown in Chinese on a page in another language, for want of a translation: they carry `lang="zh-CN"`. */
	untranslated: ('title' | 'issuer')[];
}

export function policyItemData(p: Policy, c: Catalogue): PolicyItemData {
	const status = c.status(p);
	return {
		url: localizePath(routes.policy(p.id), c.locale),
		title: p.data.title,
		status,
		statusLabel: policyStatusLabels[c.locale][status],
		level: optionLabel(POLICY_LEVELS, p.data.level, c.locale),
		issuer: p.data.issuer,
		docNumber: p.data.docNumber,
		indexNumber: p.data.indexNumber,
		published: p.data.published,
		untranslated: (['title', 'issuer'] as const).filter((field) => langOf(p, field)),
	};
}
