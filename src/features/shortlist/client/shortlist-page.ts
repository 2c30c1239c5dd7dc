/**
 * The shortlist page: the starred projects from this browser, or a list someone shared as a link.
 * Each project's card is fetched from its small JSON file, so the page works for any number of
 * projects on the site.
 */
import { routes } from '../../../lib/routes.ts';
import { parseIds, readShortlist, shareLink, toggleId, writeShortlist } from '../shortlist.ts';

interface Card {
	url: string;
	title: string;
	facts: string[];
	industry: string;
}
type ProjectCard = { id: string; code: string; accent: string } & Record<'zh-CN' | 'en', Card>;

const root = document.querySelector<HTMLElement>('[data-shortlist-page]')!;
const locale = root.dataset.locale === 'en' ? 'en' : 'zh-CN';
const strings = JSON.parse(root.dataset.strings!) as Record<string, string>;
const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
const list = $<HTMLOListElement>('[data-items]');

const shared = parseIds(new URLSearchParams(location.search).get('ids'));
const viewingShared = shared.length > 0;
let ids = viewingShared ? shared : readShortlist(localStorage);

async function load(id: string): Promise<ProjectCard | undefined> {
	const res = await fetch(routes.projectData(id));
	return res.ok ? ((await res.json()) as ProjectCard) : undefined;
}

function item(p: ProjectCard): HTMLLIElement {
	const card = p[locale];
	const li = document.createElement('li');
	li.className = 'card';
	if (/^accent-[a-z0-9-]+$/.test(p.accent)) li.classList.add(p.accent);
	const meta = document.createElement('p');
	meta.className = 'card-meta';
	meta.textContent = `${p.code} · ${card.industry}`;
	const h = document.createElement('h2');
	const a = document.createElement('a');
	a.href = card.url;
	a.textContent = card.title;
	a.dataset.printUrl = new URL(card.url, location.origin).href;
	h.append(a);
	const facts = document.createElement('p');
	facts.textContent = card.facts.join(' · ');
	const foot = document.createElement('div');
	foot.className = 'card-foot';
	if (!viewingShared) {
		const b = document.createElement('button');
		b.type = 'button';
		b.className = 'star';
		b.setAttribute('aria-pressed', 'true');
		b.setAttribute('aria-label', strings.toggleLabel!.replace('{code}', p.code));
		b.textContent = `★ ${strings.remove}`;
		b.addEventListener('click', () => {
			ids = toggleId(ids, p.id);
			writeShortlist(localStorage, ids);
			void render();
		});
		foot.append(b);
	}
	li.append(meta, h, facts, foot);
	return li;
}

async function render() {
	const cards = (await Promise.all(ids.map(load))).filter((c): c is ProjectCard => c !== undefined);
	list.replaceChildren(...cards.map(item));
	$('[data-status]').textContent = strings.count!.replace('{n}', String(cards.length));
	$('[data-empty]').hidden = cards.length > 0;
	$('[data-tools]').hidden = cards.length === 0;
	$<HTMLButtonElement>('[data-clear]').hidden = viewingShared;
	$<HTMLInputElement>('[data-share-url]').value = shareLink(location.origin, location.pathname, cards.map((c) => c.id));
}

$('[data-shared]').hidden = !viewingShared;
$('[data-keep]').addEventListener('click', () => {
	writeShortlist(localStorage, [...new Set([...readShortlist(localStorage), ...shared])]);
	location.assign(location.pathname);
});
$('[data-share]').addEventListener('click', async () => {
	const input = $<HTMLInputElement>('[data-share-url]');
	$('[data-share-row]').hidden = false;
	try {
		await navigator.clipboard.writeText(input.value);
		$('[data-status]').textContent = strings.copied!;
	} catch {
		input.select();
	}
});
$('[data-print]').addEventListener('click', () => window.print());
$('[data-clear]').addEventListener('click', () => {
	ids = [];
	writeShortlist(localStorage, ids);
	void render();
});
void render();
