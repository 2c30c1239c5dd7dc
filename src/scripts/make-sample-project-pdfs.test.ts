import { describe, expect, it } from 'vitest';
import { proposalName, proposalParagraphs, proposalTitle, type ProjectFront } from './make-sample-project-pdfs.ts';

const project: ProjectFront = {
	code: 'YN-2026-0099',
	title: '测试正极材料项目',
	summary: '建设正极材料生产线。',
	investment: 35000,
	construction: '新建生产车间。',
	returns: { jobs: 800, irr: 14.8 },
	breakdown: [
		{ item: { 'zh-CN': '土建' }, amount: 15000 },
		{ item: { 'zh-CN': '设备' }, amount: 20000 },
	],
	preparation: [{ step: 'eia', status: 'done', date: new Date('2026-06-30T00:00:00Z') }],
	contact: { office: { 'zh-CN': '投资促进局' }, phone: '0871-67100001' },
};

describe('sample project proposals', () => {
	it('number the parts that have content, in the order of a proposal', () => {
		const paragraphs = proposalParagraphs(project, '选址在园区内。\n\n周边有配套企业。');
		expect(paragraphs.filter((p) => /^[一二三四五六七八九十]、/.test(p))).toEqual([
			'一、项目概况',
			'二、建设内容',
			'三、项目基础条件',
			'四、投资估算',
			'五、预期效益',
			'六、前期工作',
			'七、联系方式',
		]);
		expect(paragraphs).toContain('项目编号：YN-2026-0099。总投资 3.5亿元。');
		expect(paragraphs).toContain('合计 3.5亿元。');
		expect(paragraphs).toContain('带动就业 800 人，内部收益率 14.8%');
		expect(paragraphs).toContain('环评：已完成（2026年6月30日）；');
		expect(paragraphs).toContain('周边有配套企业。');
	});

	it('are titled and named without saying 项目 twice', () => {
		expect(proposalTitle('测试正极材料项目')).toBe('测试正极材料项目建议书');
		expect(proposalTitle('洱海东岸户外运动营地')).toBe('洱海东岸户外运动营地项目建议书');
		expect(proposalName('YN-2026-0099')).toBe('YN-2026-0099-项目建议书.pdf');
	});
});
