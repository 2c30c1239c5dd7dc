/** What Pagefind indexes of a page: its data-pagefind-body less the parts marked data-pagefind-ignore. */
import { parse } from 'node-html-parser';
import { expect, it } from 'vitest';
import { htmlFiles, read, urlOf } from './dist-files.ts';

const indexedBodies = htmlFiles().flatMap((file) => {
	const body = parse(read(file)).querySelector('[data-pagefind-body]');
	if (!body) return [];
	for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
	return [{ url: urlOf(file), body }];
});

it('projects and parks are indexed from their title on, so excerpts do not open with chips and badges', () => {
	const projects = indexedBodies.filter(({ body }) => body.classList.contains('project'));
	const parks = indexedBodies.filter(({ body }) => body.classList.contains('park'));
	expect(projects.length).toBeGreaterThan(0);
	expect(parks.length).toBeGreaterThan(0);
	const late = [...projects, ...parks]
		.filter(({ body }) => !body.text.trim().startsWith(body.querySelector('h1')!.text.trim()))
		.map(({ url }) => url);
	expect(late).toEqual([]);
});

it('a policy status, which changes with the date, is not in the index', () => {
	const policies = indexedBodies.filter(({ body }) => body.classList.contains('policy'));
	expect(policies.length).toBeGreaterThan(0);
	expect(policies.filter(({ body }) => body.querySelector('[data-policy-status], .notice')).map(({ url }) => url)).toEqual([]);
});
