/**
 * Every image and attachment an entry names is in the entry's files/ folder; every file the site
 * settings name (the footer's badge and filing icon) is in content/identity/.
 */
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { MEDIA_FOLDER, walkValues } from '../../schema/fields.ts';
import { IDENTITY_FOLDER } from '../../schema/site.ts';
import { validEntries, type Content } from '../load.ts';
import { pathText, type Problem } from '../problem.ts';

export function mediaRule(content: Content): Problem[] {
	const problems: Problem[] = [];
	for (const e of validEntries(content))
		walkValues(e.collection.fields, e.data, (f, value, path) => {
			if (f.kind !== 'file' && f.kind !== 'image') return;
			const what = `${f.kind === 'image' ? 'image' : 'file'} “${value}”`;
			const name = String(value).replace(/^\.\//, '');
			const inMediaFolder = name.startsWith(`${MEDIA_FOLDER}/`) && !name.slice(MEDIA_FOLDER.length + 1).includes('/');
			const at = { file: e.original.path, field: pathText(path), label: f.label['zh-CN'] };
			if (!inMediaFolder)
				problems.push({
					...at,
					message: `${what} is not in the entry’s ${MEDIA_FOLDER}/ folder — fix: move it to ${e.path}/${MEDIA_FOLDER}/ and write ${MEDIA_FOLDER}/${basename(name)}`,
				});
			else if (!existsSync(resolve(e.dir, name)))
				problems.push({ ...at, message: `${what} does not exist — fix: add it to ${e.path}/${MEDIA_FOLDER}/ or correct the name` });
		});
	return [...problems, ...siteFiles(content)];
}

function siteFiles({ root, site }: Content): Problem[] {
	const problems: Problem[] = [];
	if (!site.data) return problems;
	walkValues(site.collection.fields, site.data as Record<string, unknown>, (f, value, path) => {
		if (f.kind !== 'file' && f.kind !== 'image') return;
		const name = String(value);
		const at = { file: site.file, field: pathText(path), label: f.label['zh-CN'] };
		const folder = `content/${IDENTITY_FOLDER}/`;
		if (!name.startsWith(`${IDENTITY_FOLDER}/`) || name.slice(IDENTITY_FOLDER.length + 1).includes('/'))
			problems.push({
				...at,
				message: `file “${name}” is not in ${folder} — fix: move it there and write ${IDENTITY_FOLDER}/${basename(name)}`,
			});
		else if (!existsSync(join(root, 'content', name)))
			problems.push({ ...at, message: `file “${name}” does not exist — fix: add it to ${folder} or correct the name` });
	});
	return problems;
}
