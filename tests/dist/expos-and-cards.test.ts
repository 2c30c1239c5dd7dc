/**
 * Expo calendars and share cards as built: every expo has its calendar in both languages with the
 * expo's days and agenda, its page links it and shows the booths; every page names a share card
 * that was built, English pages the English one (under /og/en/).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readTaxonomies } from '../../src/catalogue/taxonomies.ts';
import { localizePath } from '../../src/i18n/routing.ts';
import { addDays } from '../../src/lib/dates.ts';
import { routes } from '../../src/lib/routes.ts';
import { pick } from '../../src/lib/translation.ts';
import { LOCALES } from '../../src/schema/fields.ts';
import { icsEvents } from '../ics.ts';
import { DIST, htmlFiles, read, urlOf } from './dist-files.ts';

const { expos } = readTaxonomies();
const compact = (date: string) => date.replaceAll('-', '');

describe.each(LOCALES)('expo calendars (%s)', (locale) => {
	it.each(expos.map((e) => [e.id, e] as const))('%s has its calendar, linked from its page', (_, expo) => {
		const file = join(DIST, localizePath(routes.expoCalendar(expo.id), locale));
		expect(existsSync(file), `${file} was not built`).toBe(true);
		const ics = read(file);
		expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
		const [main, ...agenda] = icsEvents(ics);
		expect(main).toContain(`DTSTART;VALUE=DATE:${compact(expo.start)}`);
		expect(main).toContain(`DTEND;VALUE=DATE:${compact(addDays(expo.end, 1))}`);
		expect(main).toContain(`SUMMARY:${pick(expo.name, locale).replace(/[,;]/g, '\\$&')}`);
		expect(agenda).toHaveLength(expo.agenda.length);

		const page = parse(read(join(DIST, localizePath(routes.expo(expo.id), locale), 'index.html')));
		expect(page.querySelector(`a[href="${localizePath(routes.expoCalendar(expo.id), locale)}"]`)).not.toBeNull();
		for (const { project, booth } of expo.booths) {
			const card = page
				.querySelectorAll('.project-card')
				.find((c) => c.querySelector(`a[href="${localizePath(routes.project(project), locale)}"]`));
			expect(card?.querySelector('.card-booth')?.textContent, `${expo.id}: booth of ${project}`).toContain(pick(booth, locale));
		}
	});
});

describe('share cards', () => {
	const pages = htmlFiles().filter((f) => !f.includes(`${join(DIST, 'admin')}`));

	it('are named by every page, built, and in the page’s language', () => {
		const problems: string[] = [];
		for (const file of pages) {
			const url = urlOf(file);
			const content = parse(read(file)).querySelector('meta[property="og:image"]')?.getAttribute('content');
			if (!content) {
				problems.push(`${url}: no og:image`);
				continue;
			}
			const card = new URL(content).pathname;
			if (!existsSync(join(DIST, card))) problems.push(`${url}: ${card} was not built`);
			const english = url.startsWith('/en/');
			if (english !== card.startsWith('/og/en/')) problems.push(`${url}: ${card} is not the ${english ? 'English' : 'Chinese'} card`);
		}
		expect(problems).toEqual([]);
		expect(pages.length).toBeGreaterThan(100);
	});
});

describe('expos in open data', () => {
	it('are a data set with their dates, organiser, booths and calendar, both languages side by side', () => {
		const json = JSON.parse(read(join(DIST, 'data', 'expos.json'))) as { count: number; items: Record<string, unknown>[] };
		expect(json.count).toBe(expos.length);
		for (const expo of expos) {
			const row = json.items.find((r) => r.id === expo.id)!;
			expect(row).toMatchObject({ start: expo.start, end: expo.end, name_zh: expo.name['zh-CN'] });
			expect(row.calendar).toMatch(new RegExp(`${routes.expoCalendar(expo.id)}$`));
			for (const booth of expo.booths) expect(row.booths).toContain(`${booth.project.toUpperCase()}: ${booth.booth['zh-CN']}`);
		}
		expect(read(join(DIST, 'data', 'expos.csv')).split('\r\n')[0]).toContain('registration');
	});
});
