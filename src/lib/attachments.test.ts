import { describe, expect, it } from 'vitest';
import { attachmentLinks, fileSize } from './attachments.ts';

describe('attachments', () => {
	it('give their size as readers read it', () => {
		expect([fileSize(300), fileSize(241_664), fileSize(1024 * 1024), fileSize(1.26 * 1024 * 1024)]).toEqual([
			'1 KB',
			'236 KB',
			'1 MB',
			'1.3 MB',
		]);
	});

	it('are published under /files/ with their type and the size of the stored file', () => {
		const entry = {
			id: 'sample',
			source: { filePath: 'src/lib/index.zh-CN.md' },
			data: { attachments: [{ file: 'attachments.test.ts', title: { 'zh-CN': '附件' } }] },
		};
		expect(attachmentLinks('policies', entry)).toEqual([
			{
				href: '/files/policies/sample/attachments.test.ts',
				title: { 'zh-CN': '附件' },
				type: 'TS',
				size: expect.stringMatching(/^\d+ KB$/),
			},
		]);
	});
});
