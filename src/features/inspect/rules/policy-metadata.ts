/**
 * Policies carry their 索引号, 文号 and original document.
 *
 * A missing 索引号 is 扣分: every document a government site publishes under 政府信息公开 is
 * catalogued by one, and inspectors check the metadata block of policy pages (索引号, 发布机构,
 * 成文日期, 文号 …). A missing 文号 is a hint, since some documents have none; so is a missing
 * original (PDF attachment), which readers use to check the page against the document itself.
 */
import { entryCollections } from '../../../schema/collections.ts';
import type { Bilingual } from '../../../schema/fields.ts';
import type { InspectRule } from '../context.ts';
import type { Finding, Severity } from '../report.ts';

const RULE = 'policy-metadata';
const INDICATOR: Bilingual = { 'zh-CN': '政策文件要素', en: 'Policy document metadata' };
const fields = entryCollections.policies.fields;

export const policyMetadataRule: InspectRule = (ctx) =>
	ctx.policies.flatMap((p) => {
		const finding = (severity: Severity, message: Bilingual, fix: Bilingual): Finding => ({
			rule: RULE,
			severity,
			indicator: INDICATOR,
			where: p.file,
			message,
			fix,
		});
		const found: Finding[] = [];
		if (!p.data.indexNumber)
			found.push(
				finding(
					'deduction',
					{ 'zh-CN': `缺少${fields.indexNumber.label['zh-CN']}`, en: `has no ${fields.indexNumber.label.en.toLowerCase()} (索引号)` },
					{
						'zh-CN': '填写原文件的索引号；本单位文件在内容管理系统中保存一次即自动生成',
						en: 'enter the index number of the original; for the bureau’s own documents, saving the entry in the CMS assigns one',
					}
				)
			);
		if (!p.data.docNumber)
			found.push(
				finding(
					'hint',
					{ 'zh-CN': `没有${fields.docNumber.label['zh-CN']}`, en: `has no ${fields.docNumber.label.en.toLowerCase()} (文号)` },
					{
						'zh-CN': '核对原文件：有文号的照原文填写，例如 云政发〔2024〕12号；确实没有的可不填',
						en: 'check the original: if it has one, enter it as written, e.g. 云政发〔2024〕12号; if not, leave it empty',
					}
				)
			);
		if (!p.data.attachments.length)
			found.push(
				finding(
					'hint',
					{ 'zh-CN': '没有附上政策原文（PDF）', en: 'has no original document attached (PDF)' },
					{
						'zh-CN': `在“${fields.attachments.label['zh-CN']}”中上传原文件的 PDF`,
						en: `upload the original as a PDF under “${fields.attachments.label.en}”`,
					}
				)
			);
		return found;
	});
