/**
 * Every file is where the site reads it: the settings and data files exist, Markdown sits in an
 * entry folder named like an id, and every entry has one file per language.
 */
import { DEFAULT_LOCALE, LOCALES } from '../../schema/fields.ts';
import { SLUG } from '../../schema/formats.ts';
import { RESERVED_IDS } from '../../lib/routes.ts';
import type { Content } from '../load.ts';
import type { Problem } from '../problem.ts';

export function filesRule({ site, data, entries, loose }: Content): Problem[] {
	const problems: Problem[] = [];
	if (!site.exists) problems.push({ file: site.file, message: 'is missing — fix: copy content/site.yaml from the project template' });
	for (const d of data)
		if (!d.exists) problems.push({ file: d.file, message: `is missing — fix: create it with a “${d.collection.key}:” list` });
	for (const { collection, file } of loose)
		problems.push({
			file,
			message: `is not inside an entry folder — fix: move it to ${collection.folder}/<id>/index.${DEFAULT_LOCALE}.md`,
		});
	for (const { collection, folder, path, raw } of entries) {
		for (const stray of raw.strays)
			problems.push({ file: stray, message: `is not read — fix: name the files index.${LOCALES.join('.md and index.')}.md` });
		if (RESERVED_IDS[collection.name]?.includes(folder))
			problems.push({
				file: path,
				message: `folder name “${folder}” is taken by the page /${collection.folder}/${folder}/ — fix: rename the folder`,
			});
		if (!SLUG.regex.test(folder))
			problems.push({
				file: path,
				message: `folder name “${folder}” is not a valid id — fix: rename the folder using ${SLUG.description.en}, e.g. ${SLUG.example}`,
			});
		for (const locale of LOCALES) {
			if (raw.files[locale] || raw.broken.includes(locale)) continue;
			problems.push({
				file: path,
				message:
					locale === DEFAULT_LOCALE
						? `has no index.${locale}.md — fix: add the Chinese original; translations cannot stand alone`
						: // Every entry has a file per language, empty until translated, so a lost file is noticed.
							`has no index.${locale}.md — fix: restore it from the repository’s history (git log -- ${path}), or, if the entry is not translated yet, add index.${locale}.md holding an empty front matter (two lines of ---)`,
			});
		}
	}
	return problems;
}
