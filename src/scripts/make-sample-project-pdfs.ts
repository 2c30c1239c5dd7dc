/**
 * Makes the sample projects' proposals (项目建议书): a PDF of each featured project's own Chinese
 * text and figures (overview, construction, market, conditions, investment and financing, returns,
 * approvals, contact), marked as a sample on every page, stored in the entry's files/ folder and
 * named there as the project's attachment. The same text always gives the same bytes. Run
 * `node src/scripts/make-sample-project-pdfs.ts [id …]` after changing a project (all featured
 * projects without an id); the PDFs are committed.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { formatInvestment } from '../lib/money.ts';
import { optionLabel } from '../lib/labels.ts';
import { PREPARATION_STATUSES, PREPARATION_STEPS } from '../schema/collections.ts';
import { MEDIA_FOLDER } from '../schema/fields.ts';
import { chineseDate, paragraphsOf, split } from './make-sample-pdfs.ts';
import { writeSamplePdf } from './sample-pdf.ts';

const PROJECTS = join(process.cwd(), 'content', 'projects');

type Day = string | Date;
interface Amount {
	amount: number;
}
export interface ProjectFront {
	code: string;
	title: string;
	summary: string;
	investment: number;
	landArea?: number;
	construction?: string;
	market?: string;
	conditions?: string;
	returns?: { annualOutput?: number; annualTax?: number; jobs?: number; paybackYears?: number; irr?: number };
	breakdown?: (Amount & { item: { 'zh-CN': string } })[];
	financing?: (Amount & { source: { 'zh-CN': string } })[];
	preparation?: { step: string; status: string; date?: Day }[];
	contact: { office: { 'zh-CN': string }; phone: string | number };
	recommended?: boolean;
}

const day = (d: Day) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));
const money = (wan: number) => formatInvestment(wan, 'zh-CN');

/** The proposal's paragraphs, numbered as a Chinese proposal numbers its parts; parts without content are left out. */
export function proposalParagraphs(p: ProjectFront, body: string): string[] {
	const parts: [string, string[]][] = [
		['项目概况', [p.summary, `项目编号：${p.code}。总投资 ${money(p.investment)}${p.landArea ? `，用地约 ${p.landArea} 亩` : ''}。`]],
		['建设内容', p.construction ? [p.construction] : []],
		['市场前景', p.market ? [p.market] : []],
		['项目基础条件', [...(p.conditions ? [p.conditions] : []), ...paragraphsOf(body)]],
		[
			'投资估算',
			(p.breakdown ?? []).length
				? [...p.breakdown!.map((b) => `${b.item['zh-CN']}：${money(b.amount)}；`), `合计 ${money(p.investment)}。`]
				: [],
		],
		['资金筹措', (p.financing ?? []).map((f) => `${f.source['zh-CN']}：${money(f.amount)}；`)],
		[
			'预期效益',
			[
				[
					p.returns?.annualOutput !== undefined && `达产后年产值 ${money(p.returns.annualOutput)}`,
					p.returns?.annualTax !== undefined && `年税收 ${money(p.returns.annualTax)}`,
					p.returns?.jobs !== undefined && `带动就业 ${p.returns.jobs} 人`,
					p.returns?.irr !== undefined && `内部收益率 ${p.returns.irr}%`,
					p.returns?.paybackYears !== undefined && `投资回收期 ${p.returns.paybackYears} 年`,
				]
					.filter(Boolean)
					.join('，'),
			].filter(Boolean),
		],
		[
			'前期工作',
			(p.preparation ?? []).map(
				(s) =>
					`${optionLabel(PREPARATION_STEPS, s.step, 'zh-CN')}：${optionLabel(PREPARATION_STATUSES, s.status, 'zh-CN')}${s.date ? `（${chineseDate(day(s.date))}）` : ''}；`
			),
		],
		['联系方式', [`${p.contact.office['zh-CN']}，电话 ${p.contact.phone}。`]],
	];
	const numerals = '一二三四五六七八九十';
	return parts.filter(([, lines]) => lines.length > 0).flatMap(([heading, lines], i) => [`${numerals[i]}、${heading}`, ...lines]);
}

/** The document's title: the project's name as a proposal's, without saying 项目 twice. */
export const proposalTitle = (title: string) => `${title}${title.endsWith('项目') ? '' : '项目'}建议书`;

/** The attachment's file name: the project code and what the document is. */
export const proposalName = (code: string) => `${code}-项目建议书.pdf`;

async function makePdf(id: string) {
	const dir = join(PROJECTS, id);
	const file = join(dir, 'index.zh-CN.md');
	const { front, body } = split(readFileSync(file, 'utf8'));
	const p = yaml.load(front) as ProjectFront;
	const name = proposalName(p.code);
	await writeSamplePdf(join(dir, MEDIA_FOLDER, name), { title: proposalTitle(p.title), paragraphs: proposalParagraphs(p, body) });
	if (!/^attachments:/m.test(front)) {
		const entry = `attachments:\n  - file: ${MEDIA_FOLDER}/${name}\n    title: { zh-CN: 项目建议书（样本）, en: Project proposal in Chinese (sample) }`;
		writeFileSync(file, `---\n${front}\n${entry}\n---\n${body}`);
	}
	console.log(`projects/${id}/${MEDIA_FOLDER}/${name}`);
}

if (import.meta.main) {
	const ids = process.argv.slice(2);
	const featured = (id: string) => /^recommended: true$/m.test(readFileSync(join(PROJECTS, id, 'index.zh-CN.md'), 'utf8'));
	for (const id of ids.length ? ids : readdirSync(PROJECTS).filter(featured)) await makePdf(id);
}
