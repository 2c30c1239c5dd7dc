/**
 * 索引号 of the government information the bureau publishes: its unified social credit code, the
 * year, and a serial that runs through the year (11530000MB1234567X/2026-00153).
 */

/** The next 索引号 of a year: one more than the highest serial the bureau has used that year. */
export function nextIndexNumber(unitCode: string, year: string, taken: Iterable<string>): string {
	const prefix = `${unitCode}/${year}-`;
	let highest = 0;
	for (const n of taken) if (n.startsWith(prefix)) highest = Math.max(highest, Number(n.slice(prefix.length)) || 0);
	return `${prefix}${String(highest + 1).padStart(5, '0')}`;
}
