/**
 * The compare page (ComparePage.astro): reads the projects from its link and fills a column of the
 * table for each, from the projects' data files.
 */
import { createAll, readConfig, stringsOf } from '../../../lib/component.ts';
import { DEFAULT_LOCALE, type Locale } from '../../../schema/fields.ts';
import { fillLines, loadProject, type ProjectData } from '../../projects/client/project-file.ts';
import type { SheetRow } from '../../projects/project-sheet.ts';
import { comparedIds, MIN_COMPARED } from '../compare.ts';

/** A project's column heading: its title, linked to its page, and its code. */
function heading(data: ProjectData, codeLabel: string): HTMLTableCellElement {
	const th = document.createElement('th');
	th.scope = 'col';
	const a = document.createElement('a');
	a.href = data.url;
	a.textContent = data.title;
	if (data.untranslated.includes('title')) a.lang = DEFAULT_LOCALE;
	const code = document.createElement('span');
	code.className = 'code';
	code.textContent = `${codeLabel} ${data.code}`;
	th.append(a, code);
	return th;
}

async function start(root: HTMLElement) {
	const locale = readConfig(root, { locale: 'string' }).locale as Locale;
	const t = stringsOf(root);
	const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
	const { ids, more } = comparedIds(location.search);
	const loaded = await Promise.all(ids.map(async (id) => ({ id, data: await loadProject(id, locale).catch(() => undefined) })));
	const found = loaded.flatMap(({ data }) => (data ? [data] : []));
	const missing = loaded.filter(({ data }) => !data).map(({ id }) => id.toUpperCase());
	if (missing.length) {
		$('[data-missing]').textContent = t('compare.missing', { codes: missing.join(', ') });
		$('[data-missing]').hidden = false;
	}
	$('[data-too-many]').hidden = !more;
	if (found.length < MIN_COMPARED) return void ($('[data-choose]').hidden = false);

	$('[data-caption]').textContent = t('compare.caption', { n: found.length });
	$('[data-heads]').append(...found.map((data) => heading(data, t('projects.code'))));
	for (const row of root.querySelectorAll<HTMLTableRowElement>('tr[data-row]')) {
		const name = row.dataset.row as SheetRow;
		row.append(
			...found.map((data) => {
				const td = document.createElement('td');
				fillLines(td, data.sheet[name], t('compare.none'));
				return td;
			})
		);
	}
	$('[data-sheet]').hidden = false;
	$('[data-tools]').hidden = false;
	$('[data-print]').addEventListener('click', () => window.print());
}

createAll('compare-page', (root) => void start(root));
