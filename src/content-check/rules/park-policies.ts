/**
 * A park names as applicable only policies that can apply to it: a prefectural or county policy
 * only if it is the park's own prefecture's. (Other prefectures' incentives are not on offer there.)
 */
import { validEntries, type Content } from '../load.ts';
import type { Problem } from '../problem.ts';

const REGIONAL = new Set(['prefecture', 'county']);

export function parkPoliciesRule(content: Content): Problem[] {
	const entries = validEntries(content);
	const policies = new Map(entries.filter((e) => e.collection.name === 'policies').map((e) => [e.id, e.data]));
	const problems: Problem[] = [];
	for (const park of entries.filter((e) => e.collection.name === 'parks')) {
		const refs = (park.data.policies as string[] | undefined) ?? [];
		refs.forEach((id, i) => {
			const policy = policies.get(id);
			if (!policy || !REGIONAL.has(String(policy.level)) || policy.region === park.data.prefecture) return;
			problems.push({
				file: park.original.path,
				field: `policies[${i}]`,
				label: park.collection.fields.policies?.label['zh-CN'],
				message: `“${id}” applies in ${String(policy.region)}, not in the park’s prefecture ${String(park.data.prefecture)} — fix: remove it, or choose a policy of ${String(park.data.prefecture)} or a provincial or national one`,
			});
		});
	}
	return problems;
}
