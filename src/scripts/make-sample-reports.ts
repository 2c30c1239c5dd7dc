/**
 * Writes the sample annual reports' PDFs (政府信息公开年报 and 政府网站工作年度报表) next to their
 * entries in content/reports/. Run once with `node src/scripts/make-sample-reports.ts`; the PDFs are
 * committed. A bureau publishes its real reports instead. The figures are sample data, the same
 * as in each entry's Markdown.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MEDIA_FOLDER } from '../schema/fields.ts';
import { writeSamplePdf, type SampleDocument as SamplePdf } from './sample-pdf.ts';

const REPORTS = join(import.meta.dirname, '..', '..', 'content', 'reports');
const BUREAU = '云南省投资促进局';
const NOTE = '（本报告为开源示例网站的演示数据，数字不代表真实情况。）';

function disclosure(
	year: number,
	n: { published: number; policies: number; requests: number; granted: number; partly: number; none: number }
): SamplePdf {
	return {
		title: `${BUREAU}${year}年政府信息公开工作年度报告`,
		paragraphs: [
			NOTE,
			`本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息公开办公室有关要求编制。报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。本报告电子版可在${BUREAU}网站“政府信息公开”栏目下载。`,
			'一、总体情况',
			`${year}年，${BUREAU}坚持以公开为常态、不公开为例外，围绕招商引资、外来投资企业服务和营商环境优化，及时公开政策文件、招商项目和工作动态，规范办理依申请公开，政府信息公开工作平稳有序。`,
			'二、主动公开政府信息情况',
			`全年在本局网站主动公开各类信息${n.published}条，其中政策文件及解读${n.policies}件、招商项目和园区信息、工作动态、互动交流答复等。政策文件均标注索引号、文号、成文日期、发布日期和效力状态。本年度未制发规章，未实施行政许可、行政处罚和行政强制。`,
			'三、收到和处理政府信息公开申请情况',
			`全年收到政府信息公开申请${n.requests}件，均在法定期限内办结。其中予以公开${n.granted}件，部分公开${n.partly}件，本机关不掌握相关政府信息${n.none}件。未收取信息处理费。`,
			'四、政府信息公开行政复议、行政诉讼情况',
			'本年度未发生因政府信息公开引起的行政复议和行政诉讼。',
			'五、存在的主要问题及改进情况',
			'政策解读形式还比较单一，部分州（市）招商项目信息更新不够及时。下一步将增加图解、问答等解读形式，督促各地按月更新招商项目库，提高信息的准确性和时效性。',
			'六、其他需要报告的事项',
			'本年度无其他需要报告的事项。',
		],
	};
}

function website(year: number, n: { visits: string; items: number; columns: number; enquiries: number; days: number }): SamplePdf {
	return {
		title: `${BUREAU}${year}年政府网站工作年度报表`,
		paragraphs: [
			NOTE,
			`填报单位：${BUREAU}\u3000\u3000统计期限：${year}年1月1日至${year}年12月31日`,
			'网站名称：投资云南（云南省投资促进局网站）',
			'首页网址：https://invest.yunnan.example',
			'主办单位：云南省投资促进局\u3000\u3000网站类型：政府部门网站',
			'政府网站标识码：5300000000\u3000\u3000ICP备案号：滇ICP备00000000号-1\u3000\u3000公安机关备案号：滇公网安备 53000000000000号',
			`独立用户访问总量：${n.visits}`,
			`信息发布总数：${n.items}条；栏目数量：${n.columns}个`,
			'解读回应：政策文件均同步发布解读材料，解读与文件相互链接。',
			`互动交流：收到并答复咨询${n.enquiries}件，平均答复时间${n.days}个工作日；具有普遍性的问答在“互动交流”栏目公开。`,
			'安全防护：网站为静态页面，不设留言表单，不收集访问者个人信息；全年未发生安全事件。',
			'无障碍和适老化：提供关怀模式（大字号、高对比度），页面按 WCAG 2.2 AA 要求设计。',
			'管理制度：网站信息发布实行采集、编辑、审核、发布分级管理。',
		],
	};
}

const PDFS: Record<string, SamplePdf> = {
	'2025-disclosure-report/files/report.pdf': disclosure(2025, {
		published: 412,
		policies: 23,
		requests: 6,
		granted: 3,
		partly: 1,
		none: 2,
	}),
	'2024-disclosure-report/files/report.pdf': disclosure(2024, {
		published: 365,
		policies: 19,
		requests: 4,
		granted: 2,
		partly: 1,
		none: 1,
	}),
	'2025-website-report/files/report.pdf': website(2025, { visits: '31.2万', items: 412, columns: 14, enquiries: 57, days: 3.2 }),
	'2024-website-report/files/report.pdf': website(2024, { visits: '25.8万', items: 365, columns: 12, enquiries: 43, days: 3.6 }),
};

for (const [path, pdf] of Object.entries(PDFS)) {
	const file = join(REPORTS, path);
	if (!path.includes(`/${MEDIA_FOLDER}/`)) throw new Error(`${path} is not in an entry’s ${MEDIA_FOLDER}/ folder`);
	mkdirSync(dirname(file), { recursive: true });
	await writeSamplePdf(file, pdf);
	console.log(`content/reports/${path}: ${Math.round(statSync(file).size / 1024)} KB`);
}
