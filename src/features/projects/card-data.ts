/**
 * What a project card shows, in the page's language. ProjectCard.astro renders it; the browser
 * fills a copy of the card from the same fields (client/project-card.ts), which reach it in the
 * search index (SearchTags.astro) and in the shortlist's data.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { IMAGE_FORMATS, imageWidths, previewOptions } from '../../components/image-variants.ts';
import type { Catalogue, Project } from '../../catalogue/catalogue.ts';
import { localizePath } from '../../i18n/routing.ts';
import { optionLabel } from '../../lib/labels.ts';
import { formatInvestment } from '../../lib/money.ts';
import { routes } from '../../lib/routes.ts';
import { coverAlt, langOf, pick, pickedLang } from '../../lib/translation.ts';
import { PROJECT_STAGES } from '../../schema/collections.ts';

/** The cover as ContentImage.astro draws it: its preview, and each format's sources. */
export interface CardImage {
	alt: string;
	preview: { src: string; width: number; height: number };
	/** `srcset` by media type, for the picture's `<source>` elements. */
	sources: Record<string, string>;
	src: string;
	srcset: string;
	width: number;
	height: number;
}

export interface ProjectCardData {
	id: string;
	code: string;
	url: string;
	industryId: string;
	prefectureId: string;
	industry: string;
	prefecture: string;
	county?: string | undefined;
	title: string;
	summary: string;
	amount: string;
	stage: string;
	recommended: boolean;
	/** Fields shown in Chinese on a page in another language, for want of a translation: they carry `lang="zh-CN"`. */
	untranslated: string[];
	image?: CardImage | undefined;
}

/** The card's fields without its image, which ProjectCard.astro draws from the project itself. */
export function projectCardData(project: Project, c: Catalogue): ProjectCardData {
	const p = project.data;
	const { name: industry } = c.industry(p.industry);
	const { name: prefecture } = c.prefecture(p.prefecture);
	const langs = {
		industry: pickedLang(industry, c.locale),
		prefecture: pickedLang(prefecture, c.locale),
		county: langOf(project, 'county'),
		title: langOf(project, 'title'),
		summary: langOf(project, 'summary'),
		alt: p.images[0] && coverAlt(project).lang,
	};
	return {
		id: project.id,
		code: p.code,
		url: localizePath(routes.project(project.id), c.locale),
		industryId: p.industry,
		prefectureId: p.prefecture,
		industry: pick(industry, c.locale),
		prefecture: pick(prefecture, c.locale),
		county: p.county,
		title: p.title,
		summary: p.summary,
		amount: formatInvestment(p.investment, c.locale),
		stage: optionLabel(PROJECT_STAGES, p.stage, c.locale),
		recommended: p.recommended,
		untranslated: Object.entries(langs).flatMap(([field, lang]) => (lang ? [field] : [])),
	};
}

// Astro's <Picture> falls back to the original format for these, to PNG otherwise.
const KEEPS_FORMAT = ['jpg', 'jpeg', 'gif', 'svg'];

/** The project's cover as a card shows it, for the browser; undefined without a cover. */
export async function cardImage(project: Project): Promise<CardImage | undefined> {
	const image: ImageMetadata | undefined = project.data.images[0];
	if (!image) return undefined;
	const widths = imageWidths(image);
	const fallbackFormat = KEEPS_FORMAT.includes(image.format) ? image.format : 'png';
	const [preview, fallback, ...sources] = await Promise.all([
		getImage(previewOptions(image)),
		getImage({ src: image, widths, format: fallbackFormat }),
		...IMAGE_FORMATS.map((format) => getImage({ src: image, widths, format })),
	]);
	return {
		alt: coverAlt(project).alt,
		preview: { src: preview!.src, width: Number(preview!.attributes.width), height: Number(preview!.attributes.height) },
		sources: Object.fromEntries(IMAGE_FORMATS.map((format, i) => [`image/${format}`, sources[i]!.srcSet.attribute])),
		src: fallback!.src,
		srcset: fallback!.srcSet.attribute,
		width: Number(fallback!.attributes.width),
		height: Number(fallback!.attributes.height),
	};
}
