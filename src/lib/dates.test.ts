import { describe, expect, it } from 'vitest';
import { addDays, addMonths, buildDate, daysBetween, dateInSiteZone, isoDateTime, normalizeDate } from './dates.ts';

describe('normalizeDate', () => {
	it('keeps dates as written, whatever the machine’s time zone', () => {
		// js-yaml turns an unquoted 2024-05-01 into midnight UTC.
		expect(normalizeDate(new Date('2024-05-01T00:00:00Z'), false)).toBe('2024-05-01');
		expect(normalizeDate('2024-05-01', false)).toBe('2024-05-01');
	});

	it('accepts a time of day only where the field allows one', () => {
		expect(normalizeDate('2024-05-01 09:30', true)).toBe('2024-05-01 09:30');
		expect(normalizeDate('2024-05-01T09:30:00', true)).toBe('2024-05-01 09:30');
		expect(normalizeDate('2024-05-01 09:30', false)).toBeUndefined();
	});

	it('reads instants with a zone in Beijing time', () => {
		expect(normalizeDate(new Date('2024-05-01T01:30:00Z'), true)).toBe('2024-05-01 09:30');
		expect(normalizeDate('2024-05-01T01:30:00.000Z', true)).toBe('2024-05-01 09:30');
		expect(normalizeDate('2024-05-01T00:00:00.000Z', false)).toBe('2024-05-01');
		expect(normalizeDate('2024-05-01T09:30:00+08:00', true)).toBe('2024-05-01 09:30');
	});

	it('rejects impossible dates and other formats', () => {
		expect(normalizeDate('2024-02-30', false)).toBeUndefined();
		expect(normalizeDate('2024/05/01', false)).toBeUndefined();
		expect(normalizeDate('2024年5月1日', false)).toBeUndefined();
		expect(normalizeDate('2024-05-01 25:00', true)).toBeUndefined();
		expect(normalizeDate(20240501, false)).toBeUndefined();
	});
});

describe('dateInSiteZone', () => {
	it('gives the Beijing calendar date', () => {
		expect(dateInSiteZone(new Date('2026-11-22T16:30:00Z'))).toBe('2026-11-23');
		expect(dateInSiteZone(new Date('2026-11-22T15:59:00Z'))).toBe('2026-11-22');
	});
});

describe('isoDateTime', () => {
	it('adds the Beijing offset when a time is known', () => {
		expect(isoDateTime('2024-05-01 09:30')).toBe('2024-05-01T09:30+08:00');
		expect(isoDateTime('2024-05-01')).toBe('2024-05-01');
	});
});

describe('buildDate', () => {
	it('is the pinned date when one is given, else today in Beijing', () => {
		expect(buildDate('2026-12-02')).toBe('2026-12-02');
		expect(buildDate(undefined, new Date('2026-12-01T16:30:00Z'))).toBe('2026-12-02');
		expect(buildDate('2 December', new Date('2026-12-01T16:30:00Z'))).toBe('2026-12-02');
	});
});

describe('calendar arithmetic', () => {
	it('adds and subtracts days across months and years', () => {
		expect(addDays('2026-12-02', -14)).toBe('2026-11-18');
		expect(addDays('2027-01-05', -14)).toBe('2026-12-22');
		expect(addDays('2024-02-28 09:30', 1)).toBe('2024-02-29');
		expect(daysBetween('2025-11-24 16:00', '2026-12-02')).toBe(373);
	});

	it('adds months, ending on the last day of a shorter month', () => {
		expect(addMonths('2026-12-02', -6)).toBe('2026-06-02');
		expect(addMonths('2026-08-31', -6)).toBe('2026-02-28');
		expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
		expect(addMonths('2026-02-15', -3)).toBe('2025-11-15');
	});
});
