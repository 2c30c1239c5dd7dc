import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';
import { catalogue } from '../../catalogue/catalogue.ts';
import { attachmentSource } from '../../lib/attachments.ts';
import { routes } from '../../lib/routes.ts';

/** PDF attachments are stored next to their entry in content/ and published under /files/. */
export async function getStaticPaths() {
	const c = await catalogue('zh-CN');
	const sources = [...c.projects.map((e) => ({ collection: 'projects', e })), ...c.policies.map((e) => ({ collection: 'policies', e }))];
	return sources.flatMap(({ collection, e }) =>
		e.data.attachments.map((a) => ({
			params: { path: routes.attachment(collection, e.id, a.file).slice('/files/'.length) },
			props: { source: attachmentSource(e, a.file) },
		}))
	);
}

export const GET: APIRoute<{ source: string }> = async ({ props }) =>
	new Response(await readFile(props.source), { headers: { 'Content-Type': 'application/pdf' } });
