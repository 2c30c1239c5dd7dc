import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { catalogue } from '../../catalogue/catalogue.ts';
import { renderCard, type Card } from '../../features/og-images/og-image.ts';
import { cardPath, shareCards } from '../../features/og-images/share-cards.ts';
import { LOCALES } from '../../schema/fields.ts';

/** Every page's share card, in each language (features/og-images/share-cards.ts). */
export async function getStaticPaths() {
	const perLocale = await Promise.all(LOCALES.map(async (locale) => ({ locale, cards: shareCards(await catalogue(locale)) })));
	return perLocale.flatMap(({ locale, cards }) =>
		cards.map(({ key, card }) => ({ params: { card: cardPath(key, locale).replace(/^\/og\//, '') }, props: card }))
	);
}

export const GET: APIRoute<Card> = async ({ props }) =>
	new Response(new Uint8Array(await renderCard(props, join(process.cwd(), 'node_modules/.astro/og-cards'))), {
		headers: { 'Content-Type': 'image/jpeg' },
	});
