/** Filters the project list (ProjectFilter.astro) through the search index; the filters live in the URL. */
import { createAll } from '../../../lib/component.ts';
import { startListFilter } from '../../filters/client/list-filter.ts';
import type { ProjectCardData } from '../card-data.ts';
import { projectCard } from './project-card.ts';

createAll('project-filter', (root) => {
	const template = root.querySelector<HTMLTemplateElement>('template[data-project-card]')!;
	startListFilter<ProjectCardData>(root, (data) => projectCard(template, data), 'card');
});
