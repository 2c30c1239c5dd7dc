/**
 * A policy's status is derived from its dates, never typed. The build computes it, and the page
 * recomputes it in the browser (`client/status-badge.ts`), so a page built last
 * month does not call an expired policy 现行有效.
 */

export const POLICY_STATUSES = ['in-force', 'not-yet', 'expired', 'superseded', 'repealed'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

export interface PolicyDates {
	effective: string;
	expires?: string | undefined;
	repealed?: string | undefined;
	/** When the policy that supersedes this one takes effect. */
	successorEffective?: string | undefined;
}

/** All dates are `YYYY-MM-DD`; `expires` is the last day the policy applies. */
export function policyStatus(p: PolicyDates, today: string): PolicyStatus {
	if (p.repealed && p.repealed <= today) return 'repealed';
	if (p.successorEffective && p.successorEffective <= today) return 'superseded';
	if (p.effective > today) return 'not-yet';
	if (p.expires && p.expires < today) return 'expired';
	return 'in-force';
}

/** Statuses under which a reader must not rely on the document. */
export const isOutdated = (s: PolicyStatus) => s === 'expired' || s === 'superseded' || s === 'repealed';
