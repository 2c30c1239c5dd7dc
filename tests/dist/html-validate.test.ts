import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlFiles, read, urlOf } from './dist-files.ts';

const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: {
		// Astro's jsx whitespace mode leaves no whitespace between attributes and content it does not own.
		'attribute-boolean-style': 'off',
		'no-trailing-whitespace': 'off',
		// Chinese text uses full-width punctuation the rule does not know.
		'no-raw-characters': 'off',
		// Policy and news titles are official titles; their length is not ours to choose.
		'long-title': 'off',
		// HTML allows ids that start with a digit, as headings such as “1. Principles” produce.
		'valid-id': ['error', { relaxed: true }],
		// Facet checkboxes share a name per facet, as checkbox groups do.
		'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
	},
});

describe('HTML validation', () => {
	it('reports no errors on any page', async () => {
		const problems: string[] = [];
		for (const file of htmlFiles()) {
			const report = await validator.validateString(read(file), file);
			for (const r of report.results)
				for (const m of r.messages) if (m.severity === 2) problems.push(`${urlOf(file)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
		}
		expect(problems).toEqual([]);
	});
});
