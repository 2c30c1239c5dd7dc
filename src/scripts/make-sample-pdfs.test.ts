import { describe, expect, it } from 'vitest';
import { attachmentName, chineseDate, paragraphsOf } from './make-sample-pdfs.ts';

describe('sample policy PDFs', () => {
	it('take a Markdown body as plain paragraphs', () => {
		const body = '## 一、总体要求\n\n坚持依法、**合规**招商，\n不得作出超出权限的承诺。\n\n1. 建立[负面清单](/x/)；\n2. 规范承诺；\n- 其他';
		expect(paragraphsOf(body)).toEqual([
			'一、总体要求',
			'坚持依法、合规招商，不得作出超出权限的承诺。',
			'1. 建立负面清单；',
			'2. 规范承诺；',
			'其他',
		]);
	});

	it('date the document as Chinese documents do', () => {
		expect(chineseDate('2024-08-20')).toBe('2024年8月20日');
	});

	it('name the file by 文号 and title, as a bureau names the original it uploads, without characters URLs or disks refuse', () => {
		expect(attachmentName({ title: '云南省招商引资负面清单', docNumber: '云政办发〔2024〕36号' })).toBe(
			'云政办发〔2024〕36号-云南省招商引资负面清单.pdf'
		);
		expect(attachmentName({ title: '公平竞争审查条例', docNumber: '国务院令第783号' })).toBe('国务院令第783号-公平竞争审查条例.pdf');
		expect(attachmentName({ title: '鼓励外商投资产业目录（2022年版）' })).toBe('鼓励外商投资产业目录（2022年版）.pdf');
		expect(attachmentName({ title: 'A/B: 50% #1?' })).toBe('AB501.pdf');
	});
});
