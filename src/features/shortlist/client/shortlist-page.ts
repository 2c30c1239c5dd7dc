/**
 * The shortlist page: the starred projects from this browser, or a list someone shared as a link.
 * Each project's card is drawn from its small JSON file, so the page works for any number of
 * projects on the site.
 */
import { createAll, readConfig, stringsOf } from '../../../lib/component.ts';
import { routes } from '../../../lib/routes.ts';
import type { Locale } from '../../../schema/fields.ts';
import type { ProjectCardData } from '../../projects/card-data.ts';
import { projectCard } from '../../projects/client/project-card.ts';
import { parseIds, readShortlist, shareLink, writeShortlist } from '../shortlist.ts';

/** A project's data file, /data/projects/<id>.json: its card in each language. */
type ProjectFile = Record<Locale, ProjectCardData>;

async function load(id: string, locale: Locale): Promise<ProjectCardData | undefined> {
	const res = await fetch(routes.projectData(id));
	return res.ok ? ((await res.json()) as ProjectFile)[locale] : undefined;
}

function start(root: HTMLElement) {
	const locale = readConfig(root, { locale: 'string' }).locale as Locale;
	const t = stringsOf(root);
	const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
	const template = $<HTMLTemplateElement>('template[data-project-card]');
	const shared = parseIds(new URLSearchParams(location.search).get('ids'));
	const viewingShared = shared.length > 0;
	const ids = () => (viewingShared ? shared : readShortlist(localStorage));

	async function render() {
		const cards = (await Promise.all(ids().map((id) => load(id, locale)))).filter((c) => c !== undefined);
		$('[data-items]').replaceChildren(...cards.map((data) => item(template, data)));
		$('[data-status]').textContent = t('shortlist.count', { n: cards.length });
		$('[data-empty]').hidden = cards.length > 0;
		$('[data-tools]').hidden = cards.length === 0;
		$('[data-clear]').hidden = viewingShared;
		$<HTMLInputElement>('[data-share-url]').value = shareLink(
			location.origin,
			location.pathname,
			cards.map((c) => c.id)
		);
	}

	$('[data-shared]').hidden = !viewingShared;
	$('[data-keep]').addEventListener('click', () => {
		writeShortlist(localStorage, [...new Set([...readShortlist(localStorage), ...shared])]);
		location.assign(location.pathname);
	});
	$('[data-share]').addEventListener(
		'click',
		() => void share($('[data-share-row]'), $('[data-share-url]'), $('[data-status]'), t('shortlist.copied'))
	);
	$('[data-print]').addEventListener('click', () => window.print());
	$('[data-clear]').addEventListener('click', () => {
		writeShortlist(localStorage, []);
		void render();
	});
	// A star taken off here takes the project off the list.
	if (!viewingShared) document.addEventListener('shortlist-change', () => void render());
	void render();
}

function item(template: HTMLTemplateElement, data: ProjectCardData): HTMLLIElement {
	const card = projectCard(template, data);
	// A printed list shows where each project is online.
	const link = card.querySelector<HTMLAnchorElement>('[data-slot="title"]')!;
	link.dataset.printUrl = link.href;
	const li = document.createElement('li');
	li.append(card);
	return li;
}

async function share(row: HTMLElement, input: HTMLInputElement, status: HTMLElement, copied: string) {
	row.hidden = false;
	try {
		await navigator.clipboard.writeText(input.value);
		status.textContent = copied;
	} catch {
		input.select();
	}
}

createAll('shortlist-page', start);
