/**
 * The tile credits as the browser writes them. Kept apart from the provider table
 * (src/lib/tile-providers.ts) so the map's bundle carries none of the table's build-time text.
 */
import type { TileSpec } from '../../lib/tile-providers.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** Credits as the HTML Leaflet's attribution control writes: escaped, because editors type the 审图号. */
export function creditsHtml(credits: TileSpec['credits']): string {
	return credits
		.map(({ text, href }) => (href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(text)}</a>` : escapeHtml(text)))
		.join(' · ');
}
