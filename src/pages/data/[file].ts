import type { APIRoute } from 'astro';
import { openDataRows } from '../../features/open-data/open-data.ts';
import { OPEN_DATA_SETS, toCsv, type OpenDataSet } from '../../features/open-data/formats.ts';

export const getStaticPaths = () =>
	OPEN_DATA_SETS.flatMap((set) =>
		(['json', 'csv'] as const).map((format) => ({ params: { file: `${set}.${format}` }, props: { set, format } }))
	);

export const GET: APIRoute<{ set: OpenDataSet; format: 'json' | 'csv' }> = async ({ props: { set, format }, site }) => {
	const rows = await openDataRows(set, site!);
	return format === 'csv'
		? new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
		: Response.json({ dataset: set, count: rows.length, items: rows });
};
