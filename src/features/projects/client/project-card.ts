/**
 * Project cards drawn in the browser (filtered lists, search results, the shortlist): a copy of
 * ProjectCard.astro's blank (ProjectCardTemplate.astro) filled from the card's data, so they are
 * the cards the server draws.
 */
import { stringsOf, type Translate } from '../../../lib/component.ts';
import { DEFAULT_LOCALE } from '../../../schema/fields.ts';
import { startStars } from '../../shortlist/client/shortlist-toggle.ts';
import { accentClass } from '../../taxonomy/accent.ts';
import type { CardImage, ProjectCardData } from '../card-data.ts';

function setLang(element: HTMLElement, field: string, data: ProjectCardData) {
	if (data.untranslated.includes(field)) element.lang = DEFAULT_LOCALE;
	else element.removeAttribute('lang');
}

/** A span of one field, as the server writes it. */
function part(field: 'prefecture' | 'county', data: ProjectCardData): HTMLSpanElement {
	const span = document.createElement('span');
	span.textContent = data[field] ?? '';
	setLang(span, field, data);
	return span;
}

function fillImage(figure: HTMLElement, image: CardImage | undefined, data: ProjectCardData) {
	if (!image) return figure.remove();
	const preview = figure.querySelector<HTMLImageElement>('.media-preview')!;
	Object.assign(preview, image.preview);
	for (const source of figure.querySelectorAll('source')) source.srcset = image.sources[source.type] ?? '';
	const img = figure.querySelector<HTMLImageElement>('picture img')!;
	Object.assign(img, { src: image.src, srcset: image.srcset, width: image.width, height: image.height, alt: image.alt });
	setLang(figure, 'alt', data);
}

function fillStar(star: HTMLElement, data: ProjectCardData, t: Translate) {
	star.dataset.shortlist = data.id;
	star.setAttribute('aria-label', t('shortlist.toggleLabel', { code: data.code }));
}

/** A card for `data`, from the page's blank card; its star works. */
export function projectCard(template: HTMLTemplateElement, data: ProjectCardData): HTMLElement {
	const card = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
	// Astro writes a component's script where the page first renders it, which can be inside the
	// blank; the page's own code has already started the star (see startStars below).
	for (const script of card.querySelectorAll('script')) script.remove();
	const slot = (name: string) => card.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;
	card.classList.add(accentClass(data.industryId));
	Object.assign(card.dataset, { industry: data.industryId, prefecture: data.prefectureId });
	for (const field of ['industry', 'title', 'amount', 'summary', 'stage', 'code'] as const) {
		slot(field).textContent = data[field];
		setLang(slot(field), field, data);
	}
	(slot('title') as HTMLAnchorElement).href = data.url;
	slot('place').replaceChildren(part('prefecture', data), ...(data.county ? [' · ', part('county', data)] : []));
	if (!data.recommended) slot('recommended').remove();
	const figure = card.querySelector<HTMLElement>('figure');
	if (figure) fillImage(figure, data.image, data);
	fillStar(card.querySelector<HTMLElement>('[data-shortlist]')!, data, stringsOf(template));
	startStars(card);
	return card;
}
