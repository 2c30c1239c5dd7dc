import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { catalogue } from '../../../catalogue/catalogue.ts';
import { taxonomies } from '../../../catalogue/taxonomies.ts';
import { optionLabel } from '../../../lib/labels.ts';
import { formatInvestment } from '../../../lib/money.ts';
import { renderCard, type Card } from '../../../features/og-images/og-image.ts';
import { pick } from '../../../lib/translation.ts';
import { PARK_LEVELS } from '../../../schema/collections.ts';
import { site } from '../../../catalogue/site.ts';

/** Open Graph cards for every project and park, one per entry with both languages. */
export async function getStaticPaths() {
	const [zh, en] = await Promise.all([catalogue('zh-CN'), catalogue('en')]);
	const colour = (industry: string) => taxonomies.industries.find((i) => i.id === industry)?.colour ?? '#0b5a8a';
	const organisation = `${site.name['zh-CN']} · ${site.name.en}`;
	const projects = zh.projects.map((p) => ({
		params: { collection: 'projects', id: p.id },
		props: {
			title: p.data.title,
			subtitle: en.project(p.id)?.data.title,
			facts: [formatInvestment(p.data.investment, 'zh-CN'), pick(zh.prefecture(p.data.prefecture).name, 'zh-CN'), p.data.code],
			accent: colour(p.data.industry),
			organisation,
		} satisfies Card,
	}));
	const parks = zh.parks.map((p) => ({
		params: { collection: 'parks', id: p.id },
		props: {
			title: p.data.title,
			subtitle: en.park(p.id)?.data.title,
			facts: [optionLabel(PARK_LEVELS, p.data.level, 'zh-CN'), pick(zh.prefecture(p.data.prefecture).name, 'zh-CN')],
			accent: colour(p.data.industries[0] ?? ''),
			organisation,
		} satisfies Card,
	}));
	return [...projects, ...parks];
}

export const GET: APIRoute<Card> = async ({ props }) =>
	new Response(new Uint8Array(await renderCard(props, join(process.cwd(), 'node_modules/.astro/og-cards'))), {
		headers: { 'Content-Type': 'image/jpeg' },
	});
