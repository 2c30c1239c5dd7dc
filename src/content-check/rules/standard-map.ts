/** The standard map the settings name (map.standardMap.image) is in content/map/, where the build reads it. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fieldAt } from '../../schema/fields.ts';
import { STANDARD_MAP_FOLDER } from '../../schema/site.ts';
import type { Content } from '../load.ts';
import type { Problem } from '../problem.ts';

export function standardMapRule({ root, site }: Content): Problem[] {
	const image = site.data?.map.standardMap?.image;
	if (!image || existsSync(join(root, STANDARD_MAP_FOLDER, image))) return [];
	const folder = join(root, STANDARD_MAP_FOLDER);
	const there = existsSync(folder) ? readdirSync(folder).filter((f) => !f.startsWith('.')) : [];
	return [
		{
			file: site.file,
			field: 'map.standardMap.image',
			label: fieldAt(site.collection.fields, ['map', 'standardMap', 'image'])?.label['zh-CN'],
			message: `“${image}” is not in ${STANDARD_MAP_FOLDER}/ — fix: put the image downloaded from the standard-map service there, or correct the name${there.length ? ` (${STANDARD_MAP_FOLDER}/ holds ${there.join(', ')})` : ''}`,
		},
	];
}
