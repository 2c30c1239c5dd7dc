/** Expos and the projects recommended for each. */
import type { Expo } from '../../schema/collections.ts';
import type { Catalogue, Project } from '../../catalogue/catalogue.ts';

export const expoProjects = (c: Catalogue, expo: Expo): Project[] => c.projects.filter((p) => p.data.expos.includes(expo.id));

/** Upcoming and running expos first (soonest first), then past ones (latest first). */
export function exposByDate(c: Catalogue): { upcoming: Expo[]; past: Expo[] } {
	return {
		upcoming: c.expos.filter((e) => e.end >= c.today),
		past: c.expos.filter((e) => e.end < c.today).reverse(),
	};
}
