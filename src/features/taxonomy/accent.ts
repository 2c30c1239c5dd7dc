/**
 * Industry colours come from content/taxonomies/industries.yaml. They reach the page as classes
 * defined in one generated stylesheet (/industry-colours.css), not as style attributes, so the
 * Content-Security-Policy can forbid inline styles.
 */
export const accentClass = (industryId: string) => `accent-${industryId}`;

export function accentStylesheet(industries: readonly { id: string; colour: string }[]): string {
	return industries.map((i) => `.${accentClass(i.id)}{--accent:${i.colour}}`).join('\n') + '\n';
}
