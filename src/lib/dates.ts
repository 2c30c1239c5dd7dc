/**
 * Dates in content are plain strings, `YYYY-MM-DD` or `YYYY-MM-DD HH:MM` in Beijing time, so they
 * compare as strings and never shift with the time zone of the machine that builds the site.
 */

export const SITE_TIME_ZONE = 'Asia/Shanghai';

/** An instant as the schema writes a date and time, `YYYY-MM-DD HH:MM` in the site's time zone. */
export function dateTimeInSiteZone(instant: Date): string {
	const parts = new Intl.DateTimeFormat('en-CA', {
		timeZone: SITE_TIME_ZONE,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
	}).formatToParts(instant);
	const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
	return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::\d{2})?$/;

/**
 * Normalises what YAML gives us for a date to `YYYY-MM-DD` or `YYYY-MM-DD HH:MM`.
 * YAML turns unquoted `2024-05-01` into a Date at UTC midnight; other Dates are instants, read in
 * Beijing time. Strings are kept as written, so dates never shift with the build machine's zone.
 */
export function normalizeDate(value: unknown, withTime: boolean): string | undefined {
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) return undefined;
		const iso = value.toISOString();
		if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
		if (!withTime) return undefined;
		return dateTimeInSiteZone(value);
	}
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	// A full ISO 8601 instant (what some tools write for dates) is read like a YAML timestamp.
	if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) return normalizeDate(new Date(text), withTime);
	const d = DATE_RE.exec(text) ?? (withTime ? DATETIME_RE.exec(text) : null);
	if (!d) return undefined;
	const [, y, m, day, hh, mm] = d;
	const probe = new Date(Date.UTC(Number(y), Number(m) - 1, Number(day)));
	if (probe.getUTCMonth() !== Number(m) - 1 || probe.getUTCDate() !== Number(day)) return undefined;
	if (hh === undefined) return `${y}-${m}-${day}`;
	if (Number(hh) > 23 || Number(mm) > 59) return undefined;
	return `${y}-${m}-${day} ${hh}:${mm}`;
}

/** The calendar date of an instant in the site's time zone, `YYYY-MM-DD`. */
export function dateInSiteZone(now: Date): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: SITE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * "Today" for a build: the Beijing date, or BUILD_DATE=YYYY-MM-DD, which pins it so that two builds
 * of one commit are identical. Pages and the inspection report judge dates against it.
 */
export function buildDate(pinned: string | undefined = process.env.BUILD_DATE, now = new Date()): string {
	return pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned) ? pinned : dateInSiteZone(now);
}

const utc = (date: string) => new Date(`${date.slice(0, 10)}T00:00:00Z`);
const ymd = (d: Date) => d.toISOString().slice(0, 10);

/** A calendar date `days` later (earlier when negative). */
export function addDays(date: string, days: number): string {
	const d = utc(date);
	d.setUTCDate(d.getUTCDate() + days);
	return ymd(d);
}

/** A calendar date `months` later (earlier when negative), on the month's last day where the day does not exist. */
export function addMonths(date: string, months: number): string {
	const d = utc(date);
	const day = d.getUTCDate();
	d.setUTCDate(1);
	d.setUTCMonth(d.getUTCMonth() + months);
	const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
	d.setUTCDate(Math.min(day, last));
	return ymd(d);
}

/** Whole days from one calendar date to a later one. */
export const daysBetween = (from: string, to: string): number => Math.round((utc(to).getTime() - utc(from).getTime()) / 86_400_000);

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
