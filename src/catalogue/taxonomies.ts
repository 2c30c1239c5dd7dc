/**
 * Taxonomies and headline figures (content/taxonomies/*.yaml), validated and read here only, in
 * the order the editors gave them (Astro's collections would sort entries by id).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import {
	dataCollections,
	type Column,
	type DataCollection,
	type DataCollectionName,
	type Department,
	type Expo,
	type Figure,
	type GuideStep,
	type Industry,
	type Prefecture,
	type ProfileFigure,
} from '../schema/collections.ts';
import { dataFileSchema } from '../schema/zod.ts';
import { contentError } from '../content-check/check.ts';

function items<T>(root: string, collection: DataCollection): T[] {
	const text = readFileSync(join(root, 'content', collection.file), 'utf8');
	const parsed = dataFileSchema(collection, { image: () => z.string() }).safeParse(yaml.load(text, { schema: yaml.CORE_SCHEMA }));
	if (!parsed.success) throw contentError(root, parsed.error);
	return (parsed.data as Record<string, T[]>)[collection.key] ?? [];
}

export interface Taxonomies {
	industries: Industry[];
	prefectures: Prefecture[];
	expos: Expo[];
	figures: Figure[];
	columns: Column[];
	departments: Department[];
	profile: ProfileFigure[];
	guide: GuideStep[];
}

/** Every taxonomy of the project at `root`. */
export function readTaxonomies(root = process.cwd()): Taxonomies {
	const { industries, prefectures, expos, figures, columns, departments, profile, guide } = dataCollections;
	return {
		industries: items<Industry>(root, industries),
		prefectures: items<Prefecture>(root, prefectures),
		expos: items<Expo>(root, expos),
		figures: items<Figure>(root, figures),
		columns: items<Column>(root, columns),
		departments: items<Department>(root, departments),
		profile: items<ProfileFigure>(root, profile),
		guide: items<GuideStep>(root, guide),
	} satisfies Record<DataCollectionName, unknown[]>;
}

export const taxonomies: Taxonomies = readTaxonomies();
