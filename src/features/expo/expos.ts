/** Expos and the projects recommended for each. */
import type { Expo } from '../../schema/collections.ts';
import type { LocalizedText } from '../../schema/fields.ts';
import type { Catalogue, Project } from '../../catalogue/catalogue.ts';

export const expoProjects = (c: Catalogue, expo: Expo): Project[] => c.projects.filter((p) => p.data.expos.includes(expo.id));

/** Upcoming and running expos first (soonest first), then past ones (latest first). */
export function exposByDate(c: Catalogue): { upcoming: Expo[]; past: Expo[] } {
	return {
		upcoming: c.expos.filter((e) => e.end >= c.today),
		past: c.expos.filter((e) => e.end < c.today).reverse(),
	};
}

/** A project's booth at an expo, where the expo gives it. */
export const boothOf = (expo: Expo, projectId: string): LocalizedText | undefined =>
	expo.booths.find((b) => b.project === projectId)?.booth;

/** An agenda item's times as shown: the end's date is left out when it is the start's day. */
export function agendaWhen(item: { start: string; end?: string | undefined }): { start: string; end?: string; allDay: boolean } {
	const allDay = item.start.length <= 10;
	if (!item.end || item.end === item.start) return { start: item.start, allDay };
	const sameDay = !allDay && item.end.slice(0, 10) === item.start.slice(0, 10);
	return { start: item.start, end: sameDay ? item.end.slice(11) : item.end, allDay };
}
