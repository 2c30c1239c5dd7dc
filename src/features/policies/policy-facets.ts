/**
 * What the policy list filters by — level, status, issuer, category and year — as each policy's page
 * gives it to the search index (search-tags.ts) and as the list's filter form offers it: the same
 * labels in the page's language, so a chosen option is the value the index holds.
 */
import type { Catalogue, Policy } from '../../catalogue/catalogue.ts';
import { translator, type UIKey } from '../../i18n/translate.ts';
import { optionLabel } from '../../lib/labels.ts';
import { langOf } from '../../lib/translation.ts';
import { POLICY_CATEGORIES, POLICY_LEVELS } from '../../schema/collections.ts';
import { collectFacet, type FacetValues } from '../filters/facet-options.ts';
import type { FilterFacet } from '../filters/filter-query.ts';
import { POLICY_STATUSES } from './policy-status.ts';
import { policyStatusLabels } from './status-labels.ts';

export const POLICY_FACETS = ['policyLevel', 'status', 'issuer', 'policyCategory', 'year'] as const;
export type PolicyFacet = (typeof POLICY_FACETS)[number];

/** The issuers of a document, each one a value of the issuer filter: joint issuers are separated by full-width spaces (or semicolons in English). */
export const issuersOf = (issuer: string): string[] =>
	issuer
		.split(/[\u3000;；]/)
		.map((s) => s.trim())
		.filter(Boolean);

/** The year an entry was published in, a value of the lists' year filter. */
export const yearOf = (published: string) => published.slice(0, 4);

/** A policy's values of each facet, in the page's language. */
export function policyFacetValues(p: Policy, c: Catalogue): Record<PolicyFacet, string[]> {
	return {
		policyLevel: [optionLabel(POLICY_LEVELS, p.data.level, c.locale)],
		status: [policyStatusLabels[c.locale][c.status(p)]],
		issuer: issuersOf(p.data.issuer),
		policyCategory: p.data.categories.map((v) => optionLabel(POLICY_CATEGORIES, v, c.locale)),
		year: [yearOf(p.data.published)],
	};
}

const LEVEL_ORDER: readonly string[] = POLICY_LEVELS.map((l) => l.value);

/**
 * The policy list's facets, offering only values some policy has: levels, statuses and categories in
 * their declared order, issuers from national to county (the most prolific first within a level),
 * years newest first.
 */
export function policyFacets(c: Catalogue): FilterFacet[] {
	const t = translator(c.locale);
	const labels = (options: readonly { label: Record<string, string> }[]) => options.map((o) => o.label[c.locale]!);
	const values = c.policies.map((p) => ({ policy: p, values: policyFacetValues(p, c) }));
	const of = (name: PolicyFacet): FacetValues[] =>
		values.map(({ policy, values }) =>
			values[name].map((value) => ({ value, lang: name === 'issuer' ? langOf(policy, 'issuer') : undefined }))
		);
	// An issuer's rank: the highest level it issues at, then how many policies it issued.
	const issuerLevel = new Map<string, number>();
	const issuerCount = new Map<string, number>();
	for (const { policy, values: v } of values)
		for (const issuer of v.issuer) {
			const level = LEVEL_ORDER.indexOf(policy.data.level);
			issuerLevel.set(issuer, Math.min(issuerLevel.get(issuer) ?? level, level));
			issuerCount.set(issuer, (issuerCount.get(issuer) ?? 0) + 1);
		}
	const byIssuer = (a: string, b: string) =>
		issuerLevel.get(a)! - issuerLevel.get(b)! || issuerCount.get(b)! - issuerCount.get(a)! || a.localeCompare(b, c.locale);
	const label = (name: PolicyFacet) => t(`search.facet.${name}` as UIKey);
	return [
		collectFacet('policyLevel', label('policyLevel'), of('policyLevel'), { known: labels(POLICY_LEVELS) }),
		collectFacet('status', label('status'), of('status'), { known: POLICY_STATUSES.map((s) => policyStatusLabels[c.locale][s]) }),
		collectFacet('issuer', label('issuer'), of('issuer'), { order: byIssuer }),
		collectFacet('policyCategory', label('policyCategory'), of('policyCategory'), { known: labels(POLICY_CATEGORIES) }),
		collectFacet('year', label('year'), of('year'), { order: (a, b) => b.localeCompare(a) }),
	];
}
