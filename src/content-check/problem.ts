/** A problem the content check reports: the file, the field and what to do, on one line. */
export interface Problem {
	file: string;
	line?: number | undefined;
	/** Dotted path of the field, e.g. `contacts[0].phone`. */
	field?: string | undefined;
	label?: string | undefined;
	message: string;
}

/** A data path as a field path: `contacts[0].phone`. */
export const pathText = (path: readonly PropertyKey[]) =>
	path.reduce<string>((s, seg) => (typeof seg === 'number' ? `${s}[${seg}]` : s ? `${s}.${String(seg)}` : String(seg)), '');

export function formatProblem(p: Problem): string {
	const where = p.line ? `${p.file}:${p.line}` : p.file;
	const field = p.field ? ` › ${p.field}${p.label ? ` (${p.label})` : ''}` : '';
	return `${where}${field}: ${p.message}`;
}

export function formatProblems(problems: Problem[]): string {
	const n = problems.length;
	return [
		`Content check failed with ${n} problem${n === 1 ? '' : 's'}; nothing was built.`,
		...problems.map((p) => `  ${formatProblem(p)}`),
	].join('\n');
}
