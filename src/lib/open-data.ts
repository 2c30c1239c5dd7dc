/**
 * Open data: projects, parks and policies as flat rows with both languages side by side, served
 * as JSON and as CSV (with a BOM, so spreadsheet programs read the Chinese text as UTF-8).
 */
export const OPEN_DATA_SETS = ['projects', 'parks', 'policies'] as const;
export type OpenDataSet = (typeof OPEN_DATA_SETS)[number];

export type Row = Record<string, string | number | boolean | undefined>;

const csvCell = (v: Row[string]) => {
	if (v === undefined) return '';
	const text = String(v);
	// Quote what needs it, and defuse cells a spreadsheet would run as a formula.
	const safe = /^[=+\-@\t\r]/.test(text) && typeof v === 'string' ? `'${text}` : text;
	return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function toCsv(rows: Row[]): string {
	const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
	const lines = [columns.join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))];
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
