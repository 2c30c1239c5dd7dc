/** Fills `{name}` placeholders from `vars`; a placeholder without a value stays as written. */
export const fill = (template: string, vars?: Record<string, string | number>): string =>
	template.replace(/\{(\w+)\}/g, (match, name: string) => (vars && name in vars ? String(vars[name]) : match));
