import type { APIRoute } from 'astro';
import { taxonomies } from '../data/taxonomies.ts';
import { accentStylesheet } from '../lib/accent.ts';

export const GET: APIRoute = () =>
	new Response(accentStylesheet(taxonomies.industries), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
