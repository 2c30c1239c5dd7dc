/**
 * Astro hands a parent's scoped-style marker to a child component as a prop (`data-astro-cid-…`,
 * set to `true`, which a spread would print as ="true"). A component that draws markup its caller
 * would otherwise write puts the marker on those elements, so the caller's styles still reach them.
 */
export function scopeOf(props: Record<string, unknown>): Record<string, string> {
	return Object.fromEntries(Object.keys(props).flatMap((name) => (name.startsWith('data-astro-cid-') ? [[name, '']] : [])));
}

/**
 * A component's remaining attributes, ready to spread on its root element: the marker as above, and
 * any other data attribute given bare (`data-pagefind-ignore`) printed bare too, as Pagefind reads it.
 */
export function passOn(attributes: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(attributes).map(([name, v]) => [name, name.startsWith('data-') && v === true ? '' : v]));
}
