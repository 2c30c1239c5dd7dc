/**
 * Taxonomies and headline figures, read straight from their YAML files so they keep the order the
 * editors gave them (Astro's collections sort entries by id).
 */
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import expos from '../../content/taxonomies/expos.yaml?raw';
import figures from '../../content/taxonomies/figures.yaml?raw';
import industries from '../../content/taxonomies/industries.yaml?raw';
import prefectures from '../../content/taxonomies/prefectures.yaml?raw';
import { dataCollections, type DataCollection, type Expo, type Figure, type Industry, type Prefecture } from '../schema/collections.ts';
import { dataFileSchema } from '../schema/zod.ts';

function items<T>(collection: DataCollection, text: string): T[] {
	const parsed = dataFileSchema(collection, { image: () => z.string() }).parse(yaml.load(text)) as Record<string, T[]>;
	return parsed[collection.key] ?? [];
}

export const taxonomies = {
	industries: items<Industry>(dataCollections.industries, industries),
	prefectures: items<Prefecture>(dataCollections.prefectures, prefectures),
	expos: items<Expo>(dataCollections.expos, expos),
	figures: items<Figure>(dataCollections.figures, figures),
};
