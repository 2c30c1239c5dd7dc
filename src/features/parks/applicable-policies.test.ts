import { describe, expect, it } from 'vitest';
import type { PolicyStatus } from '../policies/policy-status.ts';
import { applicablePolicies, appliesIn } from './applicable-policies.ts';

const policy = (id: string, level: string, region?: string, industries: string[] = []) => ({ id, data: { level, region, industries } });
const all = [
	policy('national-tax', 'national'),
	policy('provincial-old', 'provincial'),
	policy('dali-batteries', 'prefecture', 'dali', ['batteries']),
	policy('dali-tourism', 'prefecture', 'dali', ['tourism']),
	policy('kunming-batteries', 'prefecture', 'kunming', ['batteries']),
	policy('dali-county-named', 'county', 'dali'),
];
const statuses: Record<string, PolicyStatus> = { 'provincial-old': 'expired' };
const status = (p: { id: string }) => statuses[p.id] ?? 'in-force';
const park = { prefecture: 'dali', industries: ['batteries'], policies: ['national-tax', 'provincial-old', 'dali-county-named'] };

describe('the policies a park page offers', () => {
	const ids = applicablePolicies(park, all, status).map((p) => p.id);

	it('keeps the policies the park names that still apply', () => {
		expect(ids).toContain('national-tax');
		expect(ids).toContain('dali-county-named');
	});

	it('adds its prefecture’s policies for its industries, and no others', () => {
		expect(ids).toContain('dali-batteries');
		expect(ids).not.toContain('dali-tourism');
		expect(ids).not.toContain('kunming-batteries');
	});

	it('leaves out a named policy that no longer applies', () => {
		expect(ids).not.toContain('provincial-old');
	});

	it('never offers another prefecture’s policy, even when named', () => {
		const named = { ...park, policies: ['kunming-batteries'] };
		expect(applicablePolicies(named, all, status).map((p) => p.id)).not.toContain('kunming-batteries');
		expect(appliesIn(all[4]!, 'dali')).toBe(false);
		expect(appliesIn(all[0]!, 'dali')).toBe(true);
	});
});
