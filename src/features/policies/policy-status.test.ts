import { describe, expect, it } from 'vitest';
import { isOutdated, policyStatus } from './policy-status.ts';

const today = '2026-11-23';

describe('policyStatus', () => {
	it('is in force from its effective date through its last valid day', () => {
		expect(policyStatus({ effective: today }, today)).toBe('in-force');
		expect(policyStatus({ effective: '2024-01-01', expires: today }, today)).toBe('in-force');
		expect(policyStatus({ effective: '2024-01-01' }, today)).toBe('in-force');
	});

	it('is not yet in force before its effective date', () => {
		expect(policyStatus({ effective: '2026-11-24' }, today)).toBe('not-yet');
	});

	it('expires the day after its expiry date', () => {
		expect(policyStatus({ effective: '2024-01-01', expires: '2026-11-22' }, today)).toBe('expired');
	});

	it('is superseded only once its successor is in force', () => {
		expect(policyStatus({ effective: '2020-01-01', successorEffective: '2026-01-01' }, today)).toBe('superseded');
		expect(policyStatus({ effective: '2020-01-01', successorEffective: '2027-01-01' }, today)).toBe('in-force');
	});

	it('is repealed from its repeal date, whatever its other dates say', () => {
		expect(policyStatus({ effective: '2020-01-01', expires: '2030-12-31', repealed: '2026-06-01' }, today)).toBe('repealed');
		expect(policyStatus({ effective: '2020-01-01', repealed: '2027-01-01' }, today)).toBe('in-force');
	});

	it('marks expired, superseded and repealed documents as outdated', () => {
		expect(['expired', 'superseded', 'repealed'].every((s) => isOutdated(s as never))).toBe(true);
		expect(isOutdated('in-force')).toBe(false);
		expect(isOutdated('not-yet')).toBe(false);
	});
});
