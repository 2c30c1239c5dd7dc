import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from './check.ts';
import { BAD_CASES, brokenCopy, tempDir } from '../../tests/fixtures/bad-content.ts';

const root = tempDir('content-check-');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('content check', () => {
	it('accepts the valid fixture and counts its entries', () => {
		brokenCopy(root);
		const { problems, counts } = checkContent(root);
		expect(problems).toEqual([]);
		expect(counts).toMatchObject({ projects: 1, parks: 1, policies: 2, interpretations: 1, news: 1, cases: 1, industries: 2 });
	});

	it('accepts the site’s own content', () => {
		expect(checkContent(process.cwd()).problems.map(formatProblem)).toEqual([]);
	});

	it.each(BAD_CASES)('rejects: $rule', (c) => {
		brokenCopy(root, c);
		const lines = checkContent(root).problems.map(formatProblem);
		const match = lines.find((line) => c.message.test(line));
		expect(match, `no message matched ${c.message} in:\n${lines.join('\n')}`).toBeDefined();
		expect(match).toContain(`content/${c.file}`);
		if (c.field) expect(match).toContain(`› ${c.field}`);
	});
});
