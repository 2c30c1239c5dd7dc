/**
 * The policies a park page offers as applicable: those the park names, and its prefecture's own
 * policies for its industries, as long as they can still be relied on. A policy of another
 * prefecture never applies (the content check refuses it), and an expired, superseded or repealed
 * one no longer does.
 */
import type { PolicyStatus } from '../policies/policy-status.ts';
import { isOutdated } from '../policies/policy-status.ts';

interface ParkFacts {
	prefecture: string;
	industries: readonly string[];
	policies: readonly string[];
}
interface PolicyFacts {
	id: string;
	data: { level: string; region?: string | undefined; industries: readonly string[] };
}

const REGIONAL = new Set(['prefecture', 'county']);

/** Whether a policy can apply in a park's prefecture at all. */
export const appliesIn = (policy: PolicyFacts, prefecture: string) => !REGIONAL.has(policy.data.level) || policy.data.region === prefecture;

export function applicablePolicies<P extends PolicyFacts>(park: ParkFacts, all: readonly P[], status: (p: P) => PolicyStatus): P[] {
	const named = new Set(park.policies);
	return all.filter((p) => {
		if (isOutdated(status(p)) || !appliesIn(p, park.prefecture)) return false;
		if (named.has(p.id)) return true;
		return REGIONAL.has(p.data.level) && p.data.industries.some((i) => park.industries.includes(i));
	});
}
