/**
 * The shortlist page: the starred projects from this browser, or a list someone shared as a link.
 * Each project's card and key facts are drawn from its small JSON file, so the page works for any
 * number of projects on the site.
 */
import { createAll, readConfig, stringsOf, type Translate } from '../../../lib/component.ts';
import type { Locale } from '../../../schema/fields.ts';
import { compareLink, MAX_COMPARED } from '../../compare/compare.ts';
import { projectCard } from '../../projects/client/project-card.ts';
import { fillLines, loadProject, type ProjectData } from '../../projects/client/project-file.ts';
import type { SheetRow } from '../../projects/project-sheet.ts';
import { parseIds, readShortlist, shareLink, STORAGE_KEY, writeShortlist } from '../shortlist.ts';

interface Templates {
	card: HTMLTemplateElement;
	facts: HTMLTemplateElement;
}

function start(root: HTMLElement) {
	const { locale, comparePath } = readConfig(root, { locale: 'string', comparePath: 'string' });
	const t = stringsOf(root);
	const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
	const templates = {
		card: $<HTMLTemplateElement>('template[data-project-card]'),
		facts: $<HTMLTemplateElement>('template[data-shortlist-facts]'),
	};
	const shared = parseIds(new URLSearchParams(location.search).get('ids'));
	const viewingShared = shared.length > 0;
	const ids = () => (viewingShared ? shared : readShortlist(localStorage));

	async function render() {
		const cards = (await Promise.all(ids().map((id) => loadProject(id, locale as Locale)))).filter((c) => c !== undefined);
		$('[data-items]').replaceChildren(...cards.map((data) => item(templates, data, t, !viewingShared)));
		$('[data-status]').textContent = t('shortlist.count', { n: cards.length });
		$('[data-empty]').hidden = cards.length > 0;
		$('[data-tools]').hidden = cards.length === 0;
		$('[data-clear]').hidden = viewingShared;
		$<HTMLInputElement>('[data-share-url]').value = shareLink(
			location.origin,
			location.pathname,
			cards.map((c) => c.id)
		);
		const compare = $<HTMLAnchorElement>('[data-compare]');
		const link = compareLink(
			comparePath,
			cards.map((c) => c.id)
		);
		compare.hidden = !link;
		if (link) compare.href = link;
		compare.textContent = t(cards.length > MAX_COMPARED ? 'shortlist.compareFirst' : 'shortlist.compare');
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
	// A project removed here, or its star taken off in another tab, takes it off the list.
	if (!viewingShared) {
		document.addEventListener('shortlist-change', () => {
			void render().then(() => {
				// The removed card took the focus with it: the count that changed takes it.
				if (!root.contains(document.activeElement)) $('[data-status]').focus();
			});
		});
		window.addEventListener('storage', (event) => event.key === STORAGE_KEY && void render());
	}
	void render();
}

/**
 * A project of the list: its card with the facts one acts on once a project is chosen. On one's own
 * list the card's star is a button that says what it does here, remove.
 */
function item(templates: Templates, data: ProjectData, t: Translate, own: boolean): HTMLLIElement {
	const card = projectCard(templates.card, data);
	// A printed list shows where each project is online.
	const link = card.querySelector<HTMLAnchorElement>('[data-slot="title"]')!;
	link.dataset.printUrl = link.href;
	const facts = templates.facts.content.firstElementChild!.cloneNode(true) as HTMLElement;
	for (const dd of facts.querySelectorAll<HTMLElement>('[data-fact]'))
		fillLines(dd, data.sheet[dd.dataset.fact as SheetRow], t('compare.none'));
	card.querySelector('.card-foot')!.before(facts);
	if (own) card.querySelector('[data-shortlist]')!.replaceWith(removeButton(data, t));
	const li = document.createElement('li');
	li.append(card);
	return li;
}

function removeButton(data: ProjectData, t: Translate): HTMLButtonElement {
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'button button-secondary remove no-print';
	button.textContent = t('shortlist.removeItem');
	button.setAttribute('aria-label', t('shortlist.removeLabel', { code: data.code }));
	button.dataset.remove = data.id;
	button.addEventListener('click', () => {
		writeShortlist(
			localStorage,
			readShortlist(localStorage).filter((id) => id !== data.id)
		);
		document.dispatchEvent(new CustomEvent('shortlist-change'));
	});
	return button;
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
