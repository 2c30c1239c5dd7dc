import type { APIRoute } from 'astro';
import { site } from '../catalogue/site.ts';
import { robotsTxt } from '../features/sitemap/robots.ts';

export const GET: APIRoute = () => new Response(robotsTxt(site.url), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
