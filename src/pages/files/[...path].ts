import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';
import { catalogue } from '../../catalogue/catalogue.ts';
import { attachmentSource } from '../../lib/attachments.ts';
import { routes } from '../../lib/routes.ts';

/** PDF attachments are stored next to their entry in content/ and published under /files/. */
export async function getStaticPaths() {
	const c = await catalogue('zh-CN');
	const sources = [
		...c.projects.map((e) => ({ collection: 'projects', e, files: e.data.attachments.map((a) => a.file) })),
		...c.policies.map((e) => ({ collection: 'policies', e, files: e.data.attachments.map((a) => a.file) })),
		...c.reports.map((e) => ({ collection: 'reports', e, files: [e.data.file] })),
	];
	return sources.flatMap(({ collection, e, files }) =>
		files.map((file) => ({
			params: { path: routes.attachment(collection, e.id, file).slice('/files/'.length) },
			props: { source: attachmentSource(e, file) },
		}))
	);
}

export const GET: APIRoute<{ source: string }> = async ({ props }) =>
	new Response(await readFile(props.source), { headers: { 'Content-Type': 'application/pdf' } });
