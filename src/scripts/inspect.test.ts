/** `npm run inspect` on the test fixture's content and a small built site, on pinned dates. */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtSite } from '../features/inspect/test-context.ts';
import type { Report } from '../features/inspect/report.ts';
import { FIXTURE } from '../../tests/fixtures/bad-content.ts';

const SCRIPT = join(import.meta.dirname, 'inspect.ts');
// The fixture's newest policy moves into January 2026, beside its newest news item (2026-01-10).
const root = builtSite({
	'dist/index.html': '<a href="/news/">news</a><a href="/gone/">gone</a>',
	'dist/news/index.html': '<h1>News</h1>',
});
cpSync(FIXTURE, join(root, 'content'), { recursive: true });
const policy = join(root, 'content/policies/new-policy/index.zh-CN.md');
writeFileSync(policy, readFileSync(policy, 'utf8').replace('published: 2024-01-02 10:00', 'published: 2026-01-12 10:00'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function inspect(args: string[], env: Record<string, string> = {}) {
	const { INSPECT_DATE: _, ...rest } = process.env;
	const result = spawnSync(process.execPath, [SCRIPT, '--root', root, ...args], { encoding: 'utf8', env: { ...rest, ...env } });
	return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run inspect', () => {
	it('passes, exit code 0, when nothing fails the site outright, and prints what costs points', () => {
		const { code, out } = inspect(['--date', '2026-01-20']);
		expect(code, out).toBe(0);
		expect(out).toContain('网站自查 Self-inspection · 2026-01-20');
		expect(out).toMatch(/■ 单项否决 Fails the site outright: 0\n\n■ 扣分 Loses points: [1-9]/);
		expect(out).toContain('链接 /gone/ 打不开');
		expect(out).toContain('→ content/policies/old-policy/index.zh-CN.md');
		expect(out).toContain('无单项否决');
	});

	it('fails, exit code 1, when news has gone 2 weeks without an update', () => {
		const { code, out } = inspect([], { INSPECT_DATE: '2026-12-02' });
		expect(code, out).toBe(1);
		expect(out).toMatch(/■ 单项否决 Fails the site outright: 2\n.*“工作动态”栏目已 326 天未更新/);
		expect(out).toContain('→ /news/');
		expect(out).toContain('→ /policies/');
		expect(out).toContain('有 2 项单项否决');
	});

	it('publishes the report in the built site for the CMS, and judges on the build’s date by default', () => {
		const build = inspect(['--write', '--date', '2026-12-02']);
		expect(build.code, build.err).toBe(0);
		expect(build.out).toContain('单项否决 2');
		const published = JSON.parse(readFileSync(join(root, 'dist/admin/inspection.json'), 'utf8')) as Report;
		expect(published).toMatchObject({ date: '2026-12-02', builtSiteChecked: true, counts: { veto: 2 } });
		expect(published.findings.find((f) => f.rule === 'broken-links')?.where).toBe('/');
		const again = inspect(['--json']);
		expect(again.code).toBe(1);
		expect((JSON.parse(again.out) as Report).date).toBe('2026-12-02');
	});

	it('says what to do when the site is not built or the date is not one', () => {
		expect(inspect(['--dist', join(root, 'nowhere')])).toMatchObject({ code: 2, err: expect.stringContaining('run npm run build first') });
		expect(inspect(['--date', '2.12.2026'])).toMatchObject({ code: 2, err: expect.stringContaining('not YYYY-MM-DD') });
	});
});
