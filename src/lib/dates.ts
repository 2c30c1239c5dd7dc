/**
 * Dates in content are plain strings, `YYYY-MM-DD` or `YYYY-MM-DD HH:MM` in Beijing time, so they
 * compare as strings and never shift with the time zone of the machine that builds the site.
 */

export const SITE_TIME_ZONE = 'Asia/Shanghai';

/** The calendar date of an instant in the site's time zone, `YYYY-MM-DD`. */
export function dateInSiteZone(now: Date): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: SITE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The date part of a content date or date-time. */
export const dayOf = (value: string): string => value.slice(0, 10);

/** The machine-readable form for `<time datetime>`: ISO 8601 with the Beijing offset when a time is known. */
export function isoDateTime(value: string): string {
	return value.length > 10 ? `${value.slice(0, 10)}T${value.slice(11, 16)}+08:00` : value;
}

/** Newest first, by publication date and then id, so equal dates keep a stable order. */
export function byNewest<T extends { id: string; data: { published: string } }>(a: T, b: T): number {
	return b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id);
}

/** A date that never breaks across lines inside running text (non-breaking hyphens). */
export const unbreakable = (value: string) => value.replace(/-/g, '\u2011');
