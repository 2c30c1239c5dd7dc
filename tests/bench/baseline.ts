/**
 * The bare-Astro baseline: the same Markdown files built by a minimal Astro project with one
 * trivial layout and no checks, search or data, so the ratio shows what our layouts and features cost.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeBaselineProject(dir: string, content: string, nodeModules: string): void {
	mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
	symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
	symlinkSync(content, join(dir, 'content'), 'dir');
	writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
	writeFileSync(join(dir, 'astro.config.mjs'), "export default { build: { format: 'directory' } };\n");
	writeFileSync(
		join(dir, 'src', 'content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
	pages: defineCollection({ loader: glob({ base: './content', pattern: '*/*/index.*.md', generateId: ({ entry }) => entry.replace(/\\/index\\.|\\.md$/g, '/') }) }),
};
`
	);
	writeFileSync(
		join(dir, 'src', 'pages', '[...slug].astro'),
		`---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
	return (await getCollection('pages')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="zh-CN"><head><meta charset="utf-8" /><title>{String(entry.data.title)}</title></head>
<body><h1>{String(entry.data.title)}</h1><Content /></body></html>
`
	);
}
