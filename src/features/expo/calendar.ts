/**
 * An expo as an iCalendar file (RFC 5545) to add to a phone or desktop calendar: the expo's days
 * as one all-day event, and each agenda item as its own event. The `ics` package writes the format
 * (escaping, line folding); this module decides what goes in.
 *
 * Times in content are Beijing time (Asia/Shanghai, UTC+8 all year): timed events are written in UTC
 * so every calendar shows them at the right hour without a VTIMEZONE block; all-day events are
 * dates, which calendars keep on the same days wherever the reader is.
 */
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { addDays, isoDateTime } from '../../lib/dates.ts';
import { pick } from '../../lib/translation.ts';
import type { Expo } from '../../schema/collections.ts';
import type { Locale, LocalizedText } from '../../schema/fields.ts';

export interface CalendarContext {
	locale: Locale;
	/** The expo page's full address. */
	url: string;
	/** The site's host, which makes the events' UIDs unique across calendars. */
	host: string;
	/** The build date (YYYY-MM-DD), written as each event's DTSTAMP so a rebuild gives the same file. */
	stamp: string;
	/** The bureau, as the calendar's producer. */
	producer: string;
	/** Words the file needs in the reader's language. */
	words: { organiser: string; registration: string };
}

/**
 * Content is untrusted: control characters (a stray CR, a NUL) have no place in a calendar line and
 * would let text start a property of its own, so they go; line breaks stay, as the escaped `\n`.
 */
export const plain = (text: string): string =>
	text
		.replace(/\r\n?/g, '\n')
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '')
		.trim();

const day = (date: string): DateArray => {
	const [y, m, d] = date.slice(0, 10).split('-').map(Number);
	return [y!, m!, d!];
};

/** A Beijing date-time (YYYY-MM-DD HH:MM) as a UTC date array. */
export const utcOf = (value: string): DateArray => {
	const t = new Date(isoDateTime(value));
	return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes()];
};

/** Start and end of an event: dates give all-day events whose end is the day after the last day. */
function when(
	start: string,
	end: string | undefined
): Pick<EventAttributes, 'start' | 'startInputType' | 'startOutputType'> & { end: DateArray } {
	if (start.length <= 10) return { start: day(start), end: day(addDays((end ?? start).slice(0, 10), 1)) };
	// An event given only its start time is written as lasting until that time: a point in the day.
	return { start: utcOf(start), startInputType: 'utc', startOutputType: 'utc', end: utcOf(end ?? start) };
}

/** The calendar file of one expo, in the reader's language. */
export function expoCalendar(expo: Expo, ctx: CalendarContext): string {
	const text = (value: LocalizedText | undefined) => (value ? plain(pick(value, ctx.locale)) : undefined);
	const name = text(expo.name)!;
	const stamp = Date.parse(`${ctx.stamp}T00:00:00Z`);
	const description = [
		text(expo.description),
		expo.organiser && `${ctx.words.organiser}: ${text(expo.organiser.name)}${expo.organiser.url ? ` (${expo.organiser.url})` : ''}`,
		expo.registration && `${ctx.words.registration}: ${expo.registration}`,
		ctx.url,
	]
		.filter(Boolean)
		.join('\n');
	const common = { url: ctx.url, timestamp: stamp, productId: plain(ctx.producer) } as const;
	const events: EventAttributes[] = [
		{
			...common,
			...when(expo.start, expo.end),
			uid: `${expo.id}@${ctx.host}`,
			title: name,
			description,
			location: text(expo.venue),
			busyStatus: 'FREE',
			transp: 'TRANSPARENT',
		},
		...expo.agenda.map((item, i): EventAttributes => ({
			...common,
			...when(item.start, item.end),
			uid: `${expo.id}-${i + 1}@${ctx.host}`,
			title: `${text(item.title)} · ${text(expo.short)}`,
			location: [text(item.place), text(expo.venue)].filter(Boolean).join(', '),
		})),
	];
	const { error, value } = createEvents(events, { productId: plain(ctx.producer), calName: name });
	if (error || !value) throw new Error(`The calendar of expo “${expo.id}” could not be written: ${error?.message ?? 'no output'}`);
	return value;
}
