/**
 * Project packages and park profiles as built, in both languages: a project page shows its
 * highlights, breakdown with its total, approvals with their status in words and the policies it
 * cites; each cited policy lists the project back; a park shows the date of its costs and offers
 * only policies that can apply there. Expected values come from content/ and the schema.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { localizePath } from '../../src/i18n/routing.ts';
import { strings } from '../../src/i18n/translate.ts';
import { unbreakable } from '../../src/lib/dates.ts';
import { formatInvestment } from '../../src/lib/money.ts';
import { routes } from '../../src/lib/routes.ts';
import { PREPARATION_STATUSES, type ParkData, type PolicyData, type ProjectData } from '../../src/schema/collections.ts';
import { LOCALES, type Locale } from '../../src/schema/fields.ts';
import { DIST, read } from './dist-files.ts';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');
const front = <T>(folder: string, id: string): T =>
	yaml.load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(CONTENT, folder, id, 'index.zh-CN.md'), 'utf8'))![1]!) as T;
const all = <T>(folder: string) => readdirSync(join(CONTENT, folder)).map((id) => ({ id, data: front<T>(folder, id) }));
const page = (path: string, locale: Locale): HTMLElement => {
	const file = join(DIST, localizePath(path, locale), 'index.html');
	expect(existsSync(file), `${file} was not built`).toBe(true);
	return parse(read(file));
};
const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
const text = (el: HTMLElement | null) => el?.textContent.replace(/\s+/g, ' ').trim() ?? '';

const projects = all<ProjectData>('projects')
	.filter((p) => p.data.breakdown?.length)
	.map((p) => ({ ...p, id: p.data.code.toLowerCase() }));
const policies = new Map(all<PolicyData>('policies').map((p) => [p.id, p.data]));
const parks = all<ParkData>('parks');

describe.each(LOCALES)('project packages (%s)', (locale) => {
	it('exist in the sample: at least six projects with a breakdown', () => {
		expect(projects.length).toBeGreaterThanOrEqual(6);
	});

	it.each(projects.map((p) => [p.id, p] as const))('%s shows its highlights, breakdown, approvals and cited policies', (_, p) => {
		const doc = page(routes.project(p.id), locale);
		expect(doc.querySelectorAll('#highlights + ul li')).toHaveLength(p.data.highlights.length);
		const breakdown = doc.querySelector('section[aria-labelledby="breakdown"] table')!;
		expect(breakdown.querySelectorAll('tbody tr')).toHaveLength(p.data.breakdown.length);
		expect(text(breakdown.querySelector('tfoot'))).toContain(formatInvestment(p.data.investment, locale));
		const steps = doc.querySelectorAll('section[aria-labelledby="preparation"] tbody tr');
		expect(steps).toHaveLength(p.data.preparation.length);
		// The status is said in words in every row, not only by colour.
		for (const row of steps) expect(PREPARATION_STATUSES.map((s) => s.label[locale]).some((l) => text(row).includes(l))).toBe(true);
		const links = doc.querySelectorAll('[data-cited-policies] a').map((a) => a.getAttribute('href'));
		expect(links).toEqual(p.data.policies.map((id) => localizePath(routes.policy(id), locale)));
	});

	it('lists each citing project on the policy’s page', () => {
		for (const p of projects)
			for (const id of p.data.policies) {
				const links = page(routes.policy(id), locale)
					.querySelectorAll('[data-citing-projects] a')
					.map((a) => a.getAttribute('href'));
				expect(links, id).toContain(localizePath(routes.project(p.id), locale));
			}
		const heading = text(page(routes.policy(projects[0]!.data.policies[0]!), locale).querySelector('[data-citing-projects] h2'));
		expect(heading).toBe(strings[locale]['policies.citingProjects']);
	});
});

describe.each(LOCALES)('park profiles (%s)', (locale) => {
	const profiled = parks.filter((p) => p.data.costs?.asOf);

	it('exist in the sample: at least six parks with dated costs', () => {
		expect(profiled.length).toBeGreaterThanOrEqual(6);
	});

	it('say beside the costs when they were true, and give land in hectares in English', () => {
		for (const p of profiled) {
			const doc = page(routes.park(p.id), locale);
			const costs = doc.querySelector('section[aria-labelledby="park-costs"]')!;
			expect(text(costs.querySelector('[data-costs-as-of]')), p.id).toContain(unbreakable(day(p.data.costs!.asOf)));
			if (p.data.availableLand && locale === 'en') expect(text(doc.querySelector('.facts')), p.id).toMatch(/[\d,]+ mu \([\d.,]+ ha\)/);
		}
	});

	it('offer as applicable only policies of the park’s own prefecture or of the province and nation', () => {
		for (const p of parks) {
			const section = page(routes.park(p.id), locale).querySelector('section[aria-labelledby="park-policies"]');
			if (!section) continue;
			expect(text(section.querySelector('h2'))).toBe(strings[locale]['parks.policies']);
			for (const a of section.querySelectorAll('a[href*="/policies/"]')) {
				const id = a.getAttribute('href')!.split('/').filter(Boolean).at(-1)!;
				const policy = policies.get(id);
				if (!policy) continue; // an interpretation's link
				if (policy.level === 'prefecture' || policy.level === 'county') expect(policy.region, `${p.id} → ${id}`).toBe(p.data.prefecture);
			}
		}
		expect(strings.en['parks.policies']).toBe('Applicable policies');
	});
});
