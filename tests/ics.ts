/**
 * Reading the iCalendar files the site writes, for the unit test of the expo calendar and the check
 * of the built calendars: both look for whole lines, which folding at 75 octets would cut apart.
 */

/** A calendar's events in order, each as its lines with folding undone. */
export const icsEvents = (ics: string): string[][] =>
	ics
		.replace(/\r\n[ \t]/g, '')
		.split('BEGIN:VEVENT')
		.slice(1)
		.map((e) => e.split('\r\n'));
