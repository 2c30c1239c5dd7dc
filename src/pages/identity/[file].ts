import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { APIRoute } from 'astro';
import { identityFiles } from '../../features/layout/identity.ts';

/** The footer's badge and filing icon: files the bureau keeps in content/identity/, named in site.yaml. */
export const getStaticPaths = () => identityFiles().map(({ file, path }) => ({ params: { file: basename(file) }, props: { path } }));

export const GET: APIRoute<{ path: string }> = async ({ props }) => new Response(await readFile(props.path));
