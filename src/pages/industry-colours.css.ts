import type { APIRoute } from 'astro';
import { taxonomies } from '../catalogue/taxonomies.ts';
import { accentStylesheet } from '../features/taxonomy/accent.ts';

export const GET: APIRoute = () =>
	new Response(accentStylesheet(taxonomies.industries), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
