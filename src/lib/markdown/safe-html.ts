/**
 * Editors' Markdown is untrusted: this Sätteri plugin makes sure nothing in it runs on the site.
 *
 * - Raw HTML is parsed and reduced to a safe subset (tables, lists, emphasis, links, images);
 *   other tags are unwrapped so their text survives, and script-like elements vanish with their
 *   contents. Attributes outside a short allowlist are dropped.
 * - Links and images keep only http(s), mailto:, tel: and relative URLs.
 * - Links that leave the site get rel="noopener noreferrer".
 */
import { defineHastPlugin, htmlToHast, type HastNode, type HastPluginDefinition } from 'satteri';

const ALLOWED_TAGS = new Set([
	'a',
	'abbr',
	'b',
	'blockquote',
	'br',
	'caption',
	'code',
	'del',
	'em',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'hr',
	'i',
	'img',
	'ins',
	'kbd',
	'li',
	'mark',
	'ol',
	'p',
	'pre',
	's',
	'small',
	'span',
	'strong',
	'sub',
	'sup',
	'table',
	'tbody',
	'td',
	'tfoot',
	'th',
	'thead',
	'tr',
	'u',
	'ul',
]);
/** Elements whose content must not survive as text either. */
const DROPPED_WITH_CONTENT = new Set([
	'script',
	'style',
	'iframe',
	'object',
	'embed',
	'template',
	'noscript',
	'textarea',
	'select',
	'svg',
	'math',
]);
const ALLOWED_ATTRIBUTES: Record<string, readonly string[]> = {
	a: ['href', 'title'],
	img: ['src', 'alt', 'title', 'width', 'height'],
	td: ['colSpan', 'rowSpan'],
	th: ['colSpan', 'rowSpan', 'scope'],
	abbr: ['title'],
	ol: ['start'],
};
const URL_ATTRIBUTES = new Set(['href', 'src']);

/** True for URLs that cannot run script: http(s), mailto:, tel:, and relative or fragment links. */
export function isSafeUrl(url: string): boolean {
	// Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
	// eslint-disable-next-line no-control-regex
	const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
	const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
	return scheme === undefined || ['http', 'https', 'mailto', 'tel'].includes(scheme);
}

function isExternal(url: string, siteOrigin: string): boolean {
	if (!/^https?:\/\//i.test(url)) return false;
	try {
		return new URL(url).origin !== new URL(siteOrigin).origin;
	} catch {
		return true;
	}
}

type Element = Extract<HastNode, { type: 'element' }>;
type Child = HastNode;

function cleanProperties(tagName: string, properties: Element['properties'], site: string): Element['properties'] {
	const allowed = ALLOWED_ATTRIBUTES[tagName] ?? [];
	const out: Element['properties'] = {};
	for (const name of allowed) {
		const value = properties?.[name];
		if (value === undefined || value === null) continue;
		if (URL_ATTRIBUTES.has(name) && !isSafeUrl(String(value))) continue;
		out[name] = value;
	}
	if (tagName === 'a' && typeof out.href === 'string' && isExternal(out.href, site)) out.rel = ['noopener', 'noreferrer'];
	return out;
}

/** Sanitises parsed HTML: allowlisted elements stay, others are unwrapped or dropped. */
function sanitizeNodes(nodes: readonly Child[], site: string): Child[] {
	const out: Child[] = [];
	for (const node of nodes) {
		if (node.type === 'text') out.push({ type: 'text', value: node.value });
		else if (node.type === 'element') {
			const tag = node.tagName.toLowerCase();
			if (DROPPED_WITH_CONTENT.has(tag)) continue;
			const children = sanitizeNodes(node.children as Child[], site);
			if (ALLOWED_TAGS.has(tag)) {
				out.push({ type: 'element', tagName: tag, properties: cleanProperties(tag, node.properties, site), children } as Child);
			} else out.push(...children);
		} else if ('children' in node && Array.isArray(node.children)) out.push(...sanitizeNodes(node.children as Child[], site));
		// Comments, doctypes and anything else are dropped.
	}
	return out;
}

export function safeHtmlPlugin({ site }: { site: string }): HastPluginDefinition {
	return defineHastPlugin({
		name: 'safe-html',
		raw(node, ctx) {
			const tree = htmlToHast(node.value, { fragment: true });
			const children = 'children' in tree ? (tree.children as Child[]) : [];
			ctx.replaceNode(node, sanitizeNodes(children, site));
		},
		element: {
			filter: ['a', 'img'],
			visit(node, ctx) {
				const attr = node.tagName === 'a' ? 'href' : 'src';
				const url = node.properties?.[attr];
				if (url !== undefined && !isSafeUrl(String(url))) ctx.setProperty(node, attr, undefined);
				if (node.tagName === 'a' && typeof url === 'string' && isExternal(url, site))
					ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
			},
		},
	});
}
