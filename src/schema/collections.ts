/**
 * The content model: every collection, its fields and its entry-level rules, declared once.
 * `src/content.config.ts`, the content check (`src/content-check`) and the CMS configuration
 * (`cms/`) are all derived from this module.
 */
import en from '../i18n/en.ts';
import { render } from '../i18n/plural.ts';
import zh from '../i18n/zh-CN.ts';
import { field, type Bilingual, type DataOf, type Fields, type Option } from './fields.ts';
import { ADCODE, COLOUR, DOC_NUMBER, INDEX_NUMBER, PROJECT_CODE, SLUG } from './formats.ts';
import { agendaRules } from './expo-rules.ts';
import { projectRules } from './project-rules.ts';

const opt = <V extends string>(value: V, zh: string, en: string): Option<V> => ({
	value,
	label: { 'zh-CN': zh, en },
});
const bi = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, en });

/* ---------- Enumerations ---------- */

export const PARK_LEVELS = [
	opt('national', '国家级', 'National'),
	opt('provincial', '省级', 'Provincial'),
	opt('prefecture', '州市级', 'Prefectural'),
] as const;

export const PARK_KINDS = [
	opt('etdz', '经济技术开发区', 'Economic and technological development zone'),
	opt('hi-tech', '高新技术产业开发区', 'High-tech industrial development zone'),
	opt('bonded', '综合保税区', 'Comprehensive bonded zone'),
	opt('border-economic', '边境经济合作区', 'Border economic cooperation zone'),
	opt('border-industrial', '沿边产业园区', 'Border industrial park'),
	opt('cross-border', '跨境经济合作区', 'Cross-border economic cooperation zone'),
	opt('ftz', '自由贸易试验区片区', 'Pilot free trade zone area'),
	opt('industrial', '产业园区', 'Industrial park'),
	opt('agricultural', '农业产业园', 'Agricultural industrial park'),
	opt('tourism', '旅游度假区', 'Tourism resort'),
] as const;

export const PROJECT_STAGES = [
	opt('planning', '策划', 'Concept'),
	opt('preliminary', '前期工作', 'Preliminary work'),
	opt('feasibility', '可研完成', 'Feasibility study done'),
	opt('approved', '已立项', 'Approved'),
	opt('ready', '已具备开工条件', 'Ready to break ground'),
] as const;

export const COOPERATION_MODES = [
	opt('sole', '独资', 'Wholly owned'),
	opt('joint-venture', '合资', 'Joint venture'),
	opt('cooperation', '合作', 'Contractual cooperation'),
	opt('ppp', 'PPP', 'PPP'),
	opt('franchise', '特许经营', 'Franchise'),
	opt('equity', '股权合作', 'Equity partnership'),
	opt('lease', '租赁经营', 'Lease and operate'),
] as const;

/** The approvals a project needs before building, as a 招商项目 lists its 前期工作. */
export const PREPARATION_STEPS = [
	opt('land-review', '用地预审', 'Land-use pre-review'),
	opt('planning', '规划许可', 'Planning permit'),
	opt('eia', '环评', 'Environmental impact assessment'),
	opt('energy', '能评', 'Energy-use assessment'),
	opt('filing', '立项/备案', 'Project approval or filing'),
] as const;

export const PREPARATION_STATUSES = [
	opt('done', '已完成', 'Done'),
	opt('in-progress', '办理中', 'In progress'),
	opt('not-started', '未启动', 'Not started'),
] as const;

/** Where a park's transport times lead. */
export const TRANSPORT_DESTINATIONS = [
	opt('airport', '机场', 'Airport'),
	opt('rail', '火车站', 'Railway station'),
	opt('port', '港口', 'Port'),
	opt('border', '边境口岸', 'Border crossing'),
	opt('expressway', '高速公路出入口', 'Expressway junction'),
] as const;

export const POLICY_LEVELS = [
	opt('national', '国家级', 'National'),
	opt('provincial', '省级', 'Provincial'),
	opt('prefecture', '州市级', 'Prefectural'),
	opt('county', '县级', 'County'),
] as const;

export const POLICY_CATEGORIES = [
	opt('fiscal', '财税', 'Tax and fiscal'),
	opt('land', '土地', 'Land'),
	opt('finance', '金融', 'Finance'),
	opt('talent', '人才', 'Talent'),
	opt('industry', '产业扶持', 'Industry support'),
	opt('business-environment', '营商环境', 'Business environment'),
	opt('negative-list', '负面清单', 'Negative list'),
	opt('investment-promotion', '招商引资', 'Investment promotion'),
	opt('opening-up', '对外开放', 'Opening-up'),
	opt('factors', '要素保障', 'Energy, land and labour supply'),
] as const;

export const POLICY_AUDIENCES = [
	opt('invested-enterprises', '外来投资企业', 'Enterprises investing from outside Yunnan'),
	opt('foreign-invested', '外商投资企业', 'Foreign-invested enterprises'),
	opt('private', '民营企业', 'Private enterprises'),
	opt('sme', '中小企业', 'Small and medium enterprises'),
	opt('parks', '园区', 'Parks and their operators'),
	opt('talent', '人才', 'Professionals'),
	opt('government', '各级政府部门', 'Government departments'),
] as const;

/** A news item's sub-column (子栏目), as a bureau's 动态 column divides into. */
export const NEWS_COLUMNS = [
	opt('notices', '通知公告', 'Notices'),
	opt('work', '工作动态', 'Work updates'),
	opt('prefectures', '州市动态', 'News from the prefectures'),
] as const;

/** Who asked a published enquiry (互动交流); the asker is never named. */
export const ENQUIRY_ASKERS = [
	opt('enterprise', '企业', 'Enterprise'),
	opt('individual', '个人', 'Individual'),
	opt('association', '商协会', 'Business association'),
	opt('other', '其他', 'Other'),
] as const;

export const ENQUIRY_TOPICS = [
	opt('service', '项目服务', 'Project services'),
	opt('complaints', '投诉与权益保护', 'Complaints and investor protection'),
	opt('land', '用地与要素保障', 'Land, power and other inputs'),
	opt('policy', '政策咨询与兑现', 'Incentives and their delivery'),
	opt('foreign', '外商投资', 'Foreign investment'),
	opt('parks', '园区与厂房', 'Parks and factory space'),
	opt('other', '其他', 'Other'),
] as const;

/** The yearly reports a government site publishes under 政府信息公开. */
export const REPORT_KINDS = [
	opt('disclosure', '政府信息公开工作年度报告', 'Annual report on government information disclosure'),
	opt('website', '政府网站工作年度报表', 'Annual report on the government website'),
] as const;

/** The sections of the why-invest page (/why/), in the order it shows them. */
export const PROFILE_SECTIONS = [
	opt('economy', '经济实力', 'Economy'),
	opt('market', '市场辐射', 'Access to South and Southeast Asia'),
	opt('corridors', '开放通道', 'Corridors and ports'),
	opt('green', '绿色能源', 'Green power'),
	opt('costs', '要素成本', 'Costs'),
] as const;

/** How a figure's series is drawn: bars compare places or items, a line shows a trend over time. */
export const CHART_KINDS = [opt('bar', '柱状图', 'Bar chart'), opt('line', '折线图', 'Line chart')] as const;

/* ---------- Shared field groups ---------- */

// Limits leave room for English, which runs two to three times longer than Chinese.
const title = field.string({ label: bi('标题', 'Title'), required: true, translatable: true, max: 120 });
const summary = field.string({
	label: bi('摘要', 'Summary'),
	hint: bi('一两句话，用于列表、搜索结果和分享卡片', 'One or two sentences for lists, search results and link previews'),
	required: true,
	translatable: true,
	multiline: true,
	max: 400,
});
const images = field.list({
	label: bi('图片', 'Images'),
	hint: bi('第一张为封面；图片与条目存放在同一文件夹', 'The first is the cover; images are stored next to the entry'),
	of: field.image({ label: bi('图片', 'Image'), required: true }),
	max: 12,
});
const imageAlts = field.list({
	label: bi('图片说明', 'Image descriptions'),
	hint: bi('按图片顺序逐一描述画面，供读屏软件朗读', 'Describe each image, in order, for screen readers'),
	of: field.string({ label: bi('说明', 'Description'), required: true, max: 120 }),
	translatable: true,
	max: 12,
});
const contact = field.object({
	label: bi('联系人', 'Contact'),
	fields: {
		office: field.localized({ label: bi('部门', 'Office'), required: true }),
		person: field.localized({ label: bi('姓名', 'Name') }),
		phone: field.phone({ label: bi('电话', 'Phone'), required: true }),
		email: field.email({ label: bi('电子邮箱', 'E-mail') }),
	},
});
/**
 * Other names readers search by, in any language or script (文山州, 南博会, PV, aluminum): each is
 * indexed in both languages' search, so a spelling needs no translation (src/features/search/keywords.ts).
 */
const aliasesField = (hint: Bilingual) =>
	field.list({
		label: bi('别名和简称', 'Aliases and short names'),
		hint,
		of: field.string({ label: bi('别名', 'Alias'), required: true, max: 60 }),
		max: 12,
	});
const attachments = field.list({
	label: bi('附件（PDF）', 'Attachments (PDF)'),
	of: field.object({
		label: bi('附件', 'Attachment'),
		required: true,
		fields: {
			file: field.file({ label: bi('文件', 'File'), required: true, extensions: ['pdf'] }),
			title: field.localized({ label: bi('附件名称', 'Title'), required: true }),
		},
	}),
});
const published = field.datetime({
	label: bi('发布时间', 'Published'),
	hint: bi('YYYY-MM-DD 或 YYYY-MM-DD HH:MM（北京时间）', 'YYYY-MM-DD or YYYY-MM-DD HH:MM (Beijing time)'),
	required: true,
});
const updated = field.datetime({
	label: bi('更新时间', 'Updated'),
	hint: bi('保存时自动填写', 'Filled in when the entry is saved'),
	stampedOnSave: true,
});

/* ---------- Entry collections (one folder per entry, one Markdown file per language) ---------- */

export interface EntryRule {
	/** The field the problem is reported on. */
	field: string;
	/** Returns true when the entry is acceptable. */
	check: (data: Record<string, unknown>) => boolean;
	/** What is wrong and how to fix it, in both languages: the build prints one, the CMS shows the editor's. */
	message: Bilingual;
	fix: Bilingual;
}

export interface EntryCollection<Fs extends Fields = Fields> {
	readonly name: string;
	readonly folder: string;
	readonly label: Bilingual;
	readonly labelSingular: Bilingual;
	readonly fields: Fs;
	/** Field whose value becomes the entry id instead of the folder name. */
	readonly idField?: string;
	readonly rules?: readonly EntryRule[];
	/** The only entries the collection has, each a page of the site: editors change them, never add one. */
	readonly fixedIds?: readonly string[];
}

/** The rules an entry's data breaks. */
export const brokenRules = (rules: readonly EntryRule[] | undefined, data: Record<string, unknown>): EntryRule[] =>
	(rules ?? []).filter((rule) => !rule.check(data));

function entryCollection<const Fs extends Fields>(c: EntryCollection<Fs> & { idField?: keyof Fs & string }): EntryCollection<Fs> {
	return c;
}

const before = (a: unknown, b: unknown) => typeof a !== 'string' || typeof b !== 'string' || a <= b;

export const parks = entryCollection({
	name: 'parks',
	folder: 'parks',
	label: bi('园区', 'Parks'),
	labelSingular: bi('园区', 'Park'),
	fields: {
		title: { ...title, label: bi('园区名称', 'Park name') },
		aliases: aliasesField(bi('读者可能搜索的简称或旧称，如“昆明经开区”', 'Short or former names readers may search for')),
		summary,
		level: field.select({ label: bi('园区级别', 'Level'), required: true, options: PARK_LEVELS }),
		kind: field.select({ label: bi('园区类型', 'Type'), required: true, options: PARK_KINDS }),
		prefecture: field.ref({ label: bi('所在州市', 'Prefecture'), required: true, to: 'prefectures' }),
		county: field.string({ label: bi('所在县（市、区）', 'County or district'), translatable: true, max: 80 }),
		location: field.location({
			label: bi('位置（WGS-84）', 'Location (WGS-84)'),
			hint: bi('园区管委会或园区中心点的经纬度', 'Latitude and longitude of the park office or centre'),
			required: true,
		}),
		boundary: field.polygon({ label: bi('园区范围', 'Boundary') }),
		areaKm2: field.number({ label: bi('规划面积', 'Planned area'), unit: bi('平方公里', 'km²'), min: 0.01, max: 10000 }),
		founded: field.number({ label: bi('设立年份', 'Year founded'), integer: true, min: 1949, max: 2100 }),
		industries: field.ref({
			label: bi('主导产业', 'Leading industries'),
			required: true,
			multiple: true,
			to: 'industries',
		}),
		costs: field.object({
			label: bi('要素成本', 'Cost factors'),
			fields: {
				landPrice: field.number({ label: bi('工业用地价格', 'Industrial land'), unit: bi('元/亩', 'CNY per mu'), min: 0 }),
				electricity: field.number({ label: bi('工业电价', 'Electricity'), unit: bi('元/千瓦时', 'CNY per kWh'), min: 0, max: 10 }),
				water: field.number({ label: bi('工业水价', 'Water'), unit: bi('元/吨', 'CNY per tonne'), min: 0, max: 100 }),
				gas: field.number({ label: bi('天然气价格', 'Natural gas'), unit: bi('元/立方米', 'CNY per m³'), min: 0, max: 100 }),
				factoryRent: field.number({
					label: bi('标准厂房租金', 'Standard factory rent'),
					unit: bi('元/平方米·月', 'CNY per m² per month'),
					min: 0,
				}),
				vacantFactoryArea: field.number({
					label: bi('可租售标准厂房', 'Vacant standard factory space'),
					unit: bi('平方米', 'm²'),
					min: 0,
				}),
				averageWage: field.number({
					label: bi('职工月平均工资', 'Average monthly wage'),
					unit: bi('元/月', 'CNY per month'),
					min: 0,
					max: 100000,
				}),
				socialInsuranceBase: field.number({
					label: bi('社保缴费基数下限', 'Social-insurance contribution base (minimum)'),
					unit: bi('元/月', 'CNY per month'),
					min: 0,
					max: 100000,
				}),
				asOf: field.date({
					label: bi('数据截至', 'Data as of'),
					hint: bi('以上价格和工资属实的日期', 'The date on which these prices and wages were true'),
				}),
			},
		}),
		availableLand: field.number({
			label: bi('可供工业用地', 'Industrial land available'),
			hint: bi('已完成征收、可以出让的工业用地', 'Industrial land acquired and ready to be granted'),
			unit: bi('亩', 'mu'),
			min: 0,
		}),
		enterprises: field.number({ label: bi('入驻企业', 'Enterprises'), unit: bi('家', ''), integer: true, min: 0 }),
		annualOutput: field.number({ label: bi('年产值', 'Annual output'), unit: bi('亿元', 'CNY 100 million (亿元)'), min: 0 }),
		anchorFirms: field.list({
			label: bi('龙头企业', 'Anchor firms'),
			hint: bi('园区内已投产的代表性企业', 'Representative firms already producing in the park'),
			max: 12,
			of: field.object({
				label: bi('企业', 'Firm'),
				required: true,
				fields: {
					name: field.localized({ label: bi('企业名称', 'Name'), required: true }),
					industry: field.ref({ label: bi('所属产业', 'Industry'), required: true, to: 'industries' }),
				},
			}),
		}),
		utilities: field.object({
			label: bi('配套能力', 'Utilities capacity'),
			fields: {
				substationKv: field.number({ label: bi('变电站电压等级', 'Substation voltage'), unit: bi('千伏', 'kV'), min: 0, max: 1100 }),
				powerMva: field.number({ label: bi('供电容量', 'Power capacity'), unit: bi('兆伏安', 'MVA'), min: 0 }),
				waterTonnesPerDay: field.number({ label: bi('日供水能力', 'Water supply'), unit: bi('吨/日', 'tonnes per day'), min: 0 }),
				gasM3PerDay: field.number({ label: bi('日供气能力', 'Gas supply'), unit: bi('立方米/日', 'm³ per day'), min: 0 }),
			},
		}),
		transport: field.list({
			label: bi('交通时间', 'Travel times'),
			max: 8,
			of: field.object({
				label: bi('目的地', 'Destination'),
				required: true,
				fields: {
					kind: field.select({ label: bi('类型', 'Kind'), required: true, options: TRANSPORT_DESTINATIONS }),
					place: field.localized({ label: bi('地点', 'Place'), required: true }),
					minutes: field.number({
						label: bi('车程', 'Travel time'),
						hint: bi('按分钟填写，页面上超过 90 分钟显示为小时', 'In minutes; pages show hours above 90 minutes'),
						unit: bi('分钟', 'minutes'),
						required: true,
						integer: true,
						min: 1,
						max: 6000,
					}),
				},
			}),
		}),
		policies: field.ref({
			label: bi('适用政策', 'Applicable policies'),
			hint: bi(
				'州市级和县级政策只能选园区所在州市的；本州市的政策与园区主导产业相同的会自动列出',
				'Prefectural and county policies must be the park’s prefecture’s; those of its industries are listed without being chosen'
			),
			multiple: true,
			to: 'policies',
		}),
		contacts: field.list({ label: bi('联系方式', 'Contacts'), of: { ...contact, required: true } }),
		images,
		imageAlts,
		published,
		updated,
	},
});

export const projects = entryCollection({
	name: 'projects',
	folder: 'projects',
	label: bi('招商项目', 'Projects'),
	labelSingular: bi('招商项目', 'Project'),
	idField: 'code',
	fields: {
		code: field.string({
			label: bi('项目编号', 'Project code'),
			hint: bi('全省唯一，例如 YN-2026-0001；也是网址的一部分', 'Unique, e.g. YN-2026-0001; also part of the URL'),
			required: true,
			pattern: PROJECT_CODE,
		}),
		title: { ...title, label: bi('项目名称', 'Project name') },
		summary,
		highlights: field.list({
			label: bi('项目亮点', 'Highlights'),
			hint: bi('3 至 5 条，每条一句话，显示在项目页顶部', 'Three to five one-sentence points, shown at the top of the page'),
			translatable: true,
			max: 5,
			of: field.string({ label: bi('亮点', 'Highlight'), required: true, max: 160 }),
		}),
		industry: field.ref({ label: bi('所属产业', 'Industry'), required: true, to: 'industries' }),
		prefecture: field.ref({ label: bi('所在州市', 'Prefecture'), required: true, to: 'prefectures' }),
		county: field.string({ label: bi('所在县（市、区）', 'County or district'), translatable: true, max: 80 }),
		park: field.ref({ label: bi('所在园区', 'Park'), to: 'parks' }),
		investment: field.number({
			label: bi('总投资', 'Total investment'),
			hint: bi('以万元为单位填写数字，例如 3.5 亿元填 35000', 'In 万元 (units of CNY 10,000): CNY 350 million is 35000'),
			unit: bi('万元', 'CNY 10,000 (万元)'),
			required: true,
			min: 1,
		}),
		cooperation: field.select({
			label: bi('合作方式', 'Cooperation modes'),
			required: true,
			multiple: true,
			options: COOPERATION_MODES,
		}),
		stage: field.select({ label: bi('项目阶段', 'Stage'), required: true, options: PROJECT_STAGES }),
		landArea: field.number({ label: bi('用地面积', 'Land area'), unit: bi('亩', 'mu'), min: 0 }),
		construction: field.string({ label: bi('建设内容', 'Construction'), translatable: true, multiline: true, max: 1200 }),
		market: field.string({ label: bi('市场前景', 'Market outlook'), translatable: true, multiline: true, max: 1200 }),
		conditions: field.string({ label: bi('项目基础条件', 'Existing conditions'), translatable: true, multiline: true, max: 1200 }),
		returns: field.object({
			label: bi('预期效益', 'Expected returns'),
			fields: {
				annualOutput: field.number({ label: bi('年产值', 'Annual output'), unit: bi('万元', 'CNY 10,000 (万元)'), min: 0 }),
				annualTax: field.number({ label: bi('年税收', 'Annual tax'), unit: bi('万元', 'CNY 10,000 (万元)'), min: 0 }),
				jobs: field.number({ label: bi('带动就业', 'Jobs'), unit: bi('人', ''), integer: true, min: 0 }),
				paybackYears: field.number({ label: bi('投资回收期', 'Payback period'), unit: bi('年', 'years'), min: 0, max: 50 }),
				irr: field.number({
					label: bi('内部收益率（IRR）', 'Internal rate of return (IRR)'),
					hint: bi('项目单位公布的，按税后全投资计算', 'As the project owner publishes it, after tax on the whole investment'),
					unit: bi('%', '%'),
					min: -100,
					max: 100,
				}),
			},
		}),
		breakdown: field.list({
			label: bi('投资构成', 'Investment breakdown'),
			hint: bi('各项之和应等于总投资', 'The items add up to the total investment'),
			max: 12,
			of: field.object({
				label: bi('投资项', 'Item'),
				required: true,
				fields: {
					item: field.localized({ label: bi('名称', 'Item'), required: true }),
					amount: field.number({ label: bi('金额', 'Amount'), unit: bi('万元', 'CNY 10,000 (万元)'), required: true, min: 0 }),
				},
			}),
		}),
		financing: field.list({
			label: bi('资金筹措', 'Financing plan'),
			hint: bi('各来源之和应等于总投资', 'The sources add up to the total investment'),
			max: 8,
			of: field.object({
				label: bi('资金来源', 'Source'),
				required: true,
				fields: {
					source: field.localized({ label: bi('来源', 'Source'), required: true }),
					amount: field.number({ label: bi('金额', 'Amount'), unit: bi('万元', 'CNY 10,000 (万元)'), required: true, min: 0 }),
				},
			}),
		}),
		preparation: field.list({
			label: bi('前期工作', 'Preparatory work'),
			hint: bi(
				'每项手续一行：状态和日期（已完成的填办结日期）',
				'One line per approval: its status and date (the date it was granted, once done)'
			),
			max: PREPARATION_STEPS.length,
			of: field.object({
				label: bi('手续', 'Approval'),
				required: true,
				fields: {
					step: field.select({ label: bi('手续', 'Approval'), required: true, options: PREPARATION_STEPS }),
					status: field.select({ label: bi('状态', 'Status'), required: true, options: PREPARATION_STATUSES }),
					date: field.date({ label: bi('日期', 'Date') }),
				},
			}),
		}),
		policies: field.ref({ label: bi('适用政策', 'Applicable policies'), multiple: true, to: 'policies' }),
		contact: { ...contact, required: true },
		location: field.location({ label: bi('项目位置（WGS-84）', 'Location (WGS-84)') }),
		recommended: field.boolean({
			label: bi('重点推介', 'Recommended'),
			hint: bi('在首页和展会页面推介', 'Featured on the home page and expo pages'),
		}),
		expos: field.ref({ label: bi('推介展会', 'Expos'), multiple: true, to: 'expos' }),
		images,
		imageAlts,
		sitePlan: field.image({
			label: bi('总平面图', 'Site plan'),
			hint: bi('项目地块的总平面图或区位图，存放在条目文件夹', 'The plot’s site plan or location plan, stored next to the entry'),
		}),
		sitePlanAlt: field.string({
			label: bi('总平面图说明', 'Site plan description'),
			hint: bi('描述图上的地块、道路和分区，供读屏软件朗读', 'Describe the plot, roads and zones on the plan, for screen readers'),
			translatable: true,
			max: 300,
		}),
		attachments: {
			...attachments,
			hint: bi('项目建议书、项目推介手册等 PDF 文件', 'The project proposal (项目建议书), brochure and other PDFs'),
		},
		published,
		updated,
		validUntil: field.date({
			label: bi('有效期至', 'Valid until'),
			hint: bi('过期后项目页面会标明已过有效期', 'After this date the page says the listing has expired'),
		}),
	},
	rules: [
		{
			field: 'updated',
			check: (d) => before(d.published, d.updated),
			message: bi('早于发布时间', 'is earlier than the publication date'),
			fix: bi('更新时间应不早于发布时间', 'set “updated” on or after “published”'),
		},
		{
			field: 'validUntil',
			check: (d) => before(String(d.published).slice(0, 10), d.validUntil),
			message: bi('早于发布时间', 'is earlier than the publication date'),
			fix: bi('有效期应不早于发布时间；没有期限的留空', 'set “validUntil” on or after “published”, or leave it empty'),
		},
		...projectRules,
	],
});

export const policies = entryCollection({
	name: 'policies',
	folder: 'policies',
	label: bi('政策', 'Policies'),
	labelSingular: bi('政策文件', 'Policy'),
	fields: {
		title: { ...title, label: bi('文件标题', 'Title'), max: 160 },
		summary,
		indexNumber: field.string({
			label: bi('索引号', 'Index number'),
			hint: bi(
				'留空则在保存时按本单位统一社会信用代码、年份和流水号生成',
				'Leave empty to have it made on saving from the bureau’s unit code, the year and a serial'
			),
			pattern: INDEX_NUMBER,
		}),
		topic: field.string({ label: bi('主题分类', 'Topic'), translatable: true, max: 80 }),
		issuer: field.string({
			label: bi('发文机关', 'Issuer'),
			hint: bi('联合发文的，机关之间用全角空格分隔', 'For a joint document, separate the issuers with semicolons'),
			required: true,
			translatable: true,
			max: 160,
			defaultsToBureau: true,
		}),
		docNumber: field.string({
			label: bi('文号', 'Document number'),
			hint: bi(
				'例如 云政发〔2024〕12号、国务院令第783号；无文号的文件留空',
				'e.g. 云政发〔2024〕12号 or 国务院令第783号; leave empty if the document has none'
			),
			pattern: DOC_NUMBER,
		}),
		written: field.date({ label: bi('成文日期', 'Date written'), required: true }),
		published,
		level: field.select({ label: bi('政策层级', 'Level'), required: true, options: POLICY_LEVELS }),
		region: field.ref({
			label: bi('适用地区', 'Region'),
			hint: bi('州市级和县级政策必填', 'Required for prefectural and county policies'),
			to: 'prefectures',
		}),
		categories: field.select({
			label: bi('政策类别', 'Categories'),
			required: true,
			multiple: true,
			options: POLICY_CATEGORIES,
		}),
		industries: field.ref({ label: bi('适用产业', 'Industries'), multiple: true, to: 'industries' }),
		audiences: field.select({ label: bi('适用对象', 'Applies to'), multiple: true, options: POLICY_AUDIENCES }),
		effective: field.date({ label: bi('施行日期', 'In force from'), required: true }),
		expires: field.date({ label: bi('有效期至', 'Expires'), hint: bi('长期有效的留空', 'Leave empty if open-ended') }),
		supersededBy: field.ref({
			label: bi('被以下文件修订或替代', 'Superseded by'),
			hint: bi('选择替代本文件的新政策', 'The newer policy that replaces this one'),
			to: 'policies',
		}),
		repealed: field.date({ label: bi('废止日期', 'Repealed on') }),
		phone: field.phone({ label: bi('咨询电话', 'Inquiry phone') }),
		attachments,
		updated,
	},
	rules: [
		{
			field: 'expires',
			check: (d) => before(d.effective, d.expires),
			message: bi('早于施行日期', 'is earlier than the date it comes into force (effective)'),
			fix: bi('请把有效期设在施行日期之后；长期有效的留空', 'set “expires” after “effective”, or leave it empty for an open-ended policy'),
		},
		{
			field: 'effective',
			check: (d) => before(d.written, d.effective),
			message: bi('早于成文日期', 'is earlier than the date the document was written'),
			fix: bi(
				'请核对成文日期和施行日期：文件不能在成文之前施行',
				'check “written” and “effective”: a policy cannot take effect before it is written'
			),
		},
		{
			field: 'region',
			check: (d) => !['prefecture', 'county'].includes(String(d.level)) || typeof d.region === 'string',
			message: bi('州市级和县级政策必须注明适用地区', 'is missing for a prefectural or county policy'),
			fix: bi('请选择政策适用的州市', 'choose the prefecture the policy applies to'),
		},
	],
});

export const interpretations = entryCollection({
	name: 'interpretations',
	folder: 'interpretations',
	label: bi('政策解读', 'Policy interpretations'),
	labelSingular: bi('政策解读', 'Interpretation'),
	fields: {
		title: { ...title, max: 160 },
		summary,
		policy: field.ref({ label: bi('解读的政策', 'Policy interpreted'), required: true, to: 'policies' }),
		issuer: field.string({ label: bi('解读机关', 'Interpreted by'), required: true, translatable: true, max: 160, defaultsToBureau: true }),
		published,
		updated,
	},
});

export const news = entryCollection({
	name: 'news',
	folder: 'news',
	label: bi('招商动态', 'News'),
	labelSingular: bi('动态', 'News item'),
	fields: {
		title: { ...title, max: 120 },
		summary,
		column: field.select({
			label: bi('栏目', 'Column'),
			hint: bi(
				'通知公告：本局发布的通知、公告；工作动态：本局和全省的招商工作；州市动态：各州（市）的招商工作',
				'Notices: the bureau’s notices and announcements; work updates: the bureau’s and the province’s work; prefectures: work in the prefectures'
			),
			required: true,
			options: NEWS_COLUMNS,
		}),
		published,
		updated,
		source: field.string({ label: bi('来源', 'Source'), translatable: true, max: 120, defaultsToBureau: true }),
		prefecture: field.ref({ label: bi('相关州市', 'Prefecture'), to: 'prefectures' }),
		industries: field.ref({ label: bi('相关产业', 'Industries'), multiple: true, to: 'industries' }),
		projects: field.ref({ label: bi('相关项目', 'Related projects'), multiple: true, to: 'projects' }),
		parks: field.ref({ label: bi('相关园区', 'Related parks'), multiple: true, to: 'parks' }),
		policies: field.ref({ label: bi('相关政策', 'Related policies'), multiple: true, to: 'policies' }),
		images,
		imageAlts,
	},
});

/** Pages whose text is the bureau's own: the site lays them out, the bureau writes them. */
export const pages = entryCollection({
	name: 'pages',
	folder: 'pages',
	label: bi('网站页面', 'Site pages'),
	labelSingular: bi('页面', 'Page'),
	fixedIds: ['about', 'statement', 'why', 'guide'],
	fields: {
		title: { ...title, max: 60 },
		summary,
	},
});

/** The fixed pages of 政府信息公开 (/open/…): the guide, the rules and the bureau's functions. */
export const openPages = entryCollection({
	name: 'open',
	folder: 'open',
	label: bi('信息公开页面', 'Information disclosure pages'),
	labelSingular: bi('页面', 'Page'),
	fixedIds: ['guide', 'rules', 'functions'],
	fields: {
		title: { ...title, max: 60 },
		summary,
		updated,
	},
});

/** 领导信息: one entry per leader, the body is the leader's résumé. */
export const leaders = entryCollection({
	name: 'leaders',
	folder: 'leaders',
	label: bi('领导信息', 'Leadership'),
	labelSingular: bi('领导', 'Leader'),
	fields: {
		title: { ...title, label: bi('姓名', 'Name'), max: 40 },
		position: field.string({ label: bi('职务', 'Position'), required: true, translatable: true, max: 80 }),
		duties: field.string({
			label: bi('工作分工', 'Responsibilities'),
			required: true,
			translatable: true,
			multiline: true,
			max: 600,
		}),
		photo: field.image({
			label: bi('照片', 'Photo'),
			hint: bi('竖幅证件照，存放在条目文件夹', 'A portrait photo, stored next to the entry'),
			required: true,
		}),
		photoAlt: field.string({
			label: bi('照片说明', 'Photo description'),
			hint: bi('供读屏软件朗读，例如“张某某局长的证件照”', 'Read out by screen readers, e.g. “Portrait of Director Zhang”'),
			required: true,
			translatable: true,
			max: 120,
		}),
		order: field.number({
			label: bi('排序', 'Order'),
			hint: bi('数字小的排在前面', 'Lower numbers are listed first'),
			required: true,
			integer: true,
			min: 1,
			max: 99,
		}),
		updated,
	},
});

/** 信息公开年报 and 政府网站工作年度报表: a dated entry each, with the report as a PDF. */
export const reports = entryCollection({
	name: 'reports',
	folder: 'reports',
	label: bi('年度报告', 'Annual reports'),
	labelSingular: bi('年度报告', 'Annual report'),
	fields: {
		title: { ...title, max: 120 },
		summary,
		kind: field.select({ label: bi('报告类别', 'Kind'), required: true, options: REPORT_KINDS }),
		year: field.number({ label: bi('报告年度', 'Year reported on'), required: true, integer: true, min: 2000, max: 2100 }),
		published,
		file: field.file({ label: bi('报告全文（PDF）', 'Full report (PDF)'), required: true, extensions: ['pdf'] }),
		updated,
	},
	rules: [
		{
			field: 'published',
			check: (d) => typeof d.published !== 'string' || typeof d.year !== 'number' || Number(d.published.slice(0, 4)) > d.year,
			message: bi('不晚于报告年度', 'is not after the year the report covers'),
			fix: bi(
				'年度报告在报告年度结束后发布：请核对报告年度和发布时间',
				'a report is published after the year it covers: check “year” and “published”'
			),
		},
	],
});

/** 互动交流: enquiries the bureau answered and publishes, the reply as the body. */
export const enquiries = entryCollection({
	name: 'enquiries',
	folder: 'enquiries',
	label: bi('咨询答复', 'Enquiries'),
	labelSingular: bi('咨询', 'Enquiry'),
	fields: {
		title: { ...title, label: bi('问题标题', 'Question title') },
		question: field.string({
			label: bi('问题内容', 'Question'),
			hint: bi(
				'去掉提问人的姓名、电话等个人信息后发布',
				'Remove the asker’s name, phone number and other personal details before publishing'
			),
			required: true,
			translatable: true,
			multiline: true,
			max: 1500,
		}),
		asker: field.select({ label: bi('提问人类型', 'Asked by'), required: true, options: ENQUIRY_ASKERS }),
		topic: field.select({ label: bi('咨询类别', 'Topic'), required: true, options: ENQUIRY_TOPICS }),
		asked: field.date({ label: bi('提问日期', 'Asked on'), required: true }),
		answered: field.date({ label: bi('答复日期', 'Answered on'), required: true }),
		office: field.string({ label: bi('答复单位', 'Answered by'), required: true, translatable: true, max: 120, defaultsToBureau: true }),
		updated,
	},
	rules: [
		{
			field: 'answered',
			check: (d) => before(d.asked, d.answered),
			message: bi('早于提问日期', 'is earlier than the date the question was asked'),
			fix: bi('答复日期应不早于提问日期', 'set “answered” on or after “asked”'),
		},
	],
});

/** 投资案例: investments the bureau helped land, told as success stories and linked from their park, industry and prefecture. */
export const cases = entryCollection({
	name: 'cases',
	folder: 'cases',
	label: bi('投资案例', 'Success stories'),
	labelSingular: bi('投资案例', 'Success story'),
	fields: {
		title: { ...title, max: 120 },
		summary,
		investor: field.localized({
			label: bi('投资企业', 'Investor'),
			hint: bi('企业全称或通用简称，两种语言各写一遍', 'The firm’s full or usual name, in both languages'),
			required: true,
		}),
		industry: field.ref({ label: bi('所属产业', 'Industry'), required: true, to: 'industries' }),
		prefecture: field.ref({ label: bi('所在州市', 'Prefecture'), required: true, to: 'prefectures' }),
		county: field.string({ label: bi('所在县（市、区）', 'County or district'), translatable: true, max: 80 }),
		park: field.ref({ label: bi('所在园区', 'Park'), to: 'parks' }),
		year: field.number({
			label: bi('落地年份', 'Year'),
			hint: bi('签约或投产的年份', 'The year the investment was signed or began production'),
			required: true,
			integer: true,
			min: 1978,
			max: 2100,
		}),
		investment: field.number({
			label: bi('投资额', 'Investment'),
			hint: bi(
				'以万元为单位填写数字，例如 3.5 亿元填 35000；未公开的留空',
				'In 万元 (units of CNY 10,000): CNY 350 million is 35000; leave empty if not public'
			),
			unit: bi('万元', 'CNY 10,000 (万元)'),
			min: 1,
		}),
		support: field.list({
			label: bi('我们做了什么', 'What the bureau did'),
			hint: bi(
				'每条一句话：投资促进部门为项目落地提供的服务，例如协调用地、并联审批',
				'One sentence each: what the investment promotion offices did to land the project, e.g. land, parallel approvals'
			),
			translatable: true,
			max: 8,
			of: field.string({ label: bi('服务', 'Service'), required: true, max: 200 }),
		}),
		outcome: field.object({
			label: bi('成效', 'Outcome'),
			fields: {
				jobs: field.number({ label: bi('带动就业', 'Jobs'), unit: bi('人', ''), integer: true, min: 0 }),
				annualOutput: field.number({ label: bi('年产值', 'Annual output'), unit: bi('万元', 'CNY 10,000 (万元)'), min: 0 }),
				note: field.localized({
					label: bi('其他成效', 'Other results'),
					hint: bi(
						'一句话，两种语言各写一遍，例如“从签约到投产用时 57 天”',
						'One sentence in each language, e.g. “57 days from signing to production”'
					),
				}),
			},
		}),
		news: field.ref({ label: bi('相关动态', 'Related news'), multiple: true, to: 'news' }),
		images,
		imageAlts,
		published,
		updated,
	},
	rules: [
		{
			field: 'updated',
			check: (d) => before(d.published, d.updated),
			message: bi('早于发布时间', 'is earlier than the publication date'),
			fix: bi('更新时间应不早于发布时间', 'set “updated” on or after “published”'),
		},
		{
			field: 'year',
			check: (d) => typeof d.year !== 'number' || typeof d.published !== 'string' || d.year <= Number(d.published.slice(0, 4)),
			message: bi('晚于发布时间', 'is after the year the story was published'),
			fix: bi(
				'案例讲的是已经落地的投资：请核对落地年份和发布时间',
				'a story tells of an investment already made: check “year” and “published”'
			),
		},
	],
});

export const entryCollections = {
	parks,
	projects,
	policies,
	interpretations,
	news,
	pages,
	open: openPages,
	leaders,
	reports,
	enquiries,
	cases,
} as const;
export type EntryCollectionName = keyof typeof entryCollections;

/* ---------- Data collections (one YAML file each) ---------- */

export interface DataCollection<Fs extends Fields = Fields> {
	readonly name: string;
	/** Path under `content/`. */
	readonly file: string;
	/** The top-level key that holds the list, so the CMS can edit the file as one form. */
	readonly key: string;
	readonly label: Bilingual;
	readonly item: Fs;
	/** Rules over an item's fields together, as an entry collection's. */
	readonly rules?: readonly EntryRule[];
}
function dataCollection<const Fs extends Fields>(c: DataCollection<Fs>): DataCollection<Fs> {
	return c;
}

const id = field.string({
	label: bi('标识', 'Id'),
	hint: bi(
		'小写字母、数字和连字符，用于网址，发布后不要修改',
		'Lower-case letters, digits and hyphens; used in URLs, do not change once published'
	),
	required: true,
	pattern: SLUG,
});
const name = field.localized({ label: bi('名称', 'Name'), required: true });

export const industries = dataCollection({
	name: 'industries',
	file: 'taxonomies/industries.yaml',
	key: 'industries',
	label: bi('产业', 'Industries'),
	item: {
		id,
		name,
		description: field.localized({ label: bi('简介', 'Description') }),
		aliases: aliasesField(
			bi('同义词、缩写和其他拼写，如“光伏”“PV”“aluminum”', 'Synonyms, abbreviations and other spellings, e.g. “PV”, “aluminum”')
		),
		colour: field.string({ label: bi('标识色', 'Colour'), required: true, pattern: COLOUR }),
	},
});

export const prefectures = dataCollection({
	name: 'prefectures',
	file: 'taxonomies/prefectures.yaml',
	key: 'prefectures',
	label: bi('州市', 'Prefectures'),
	item: {
		id,
		adcode: field.string({ label: bi('行政区划代码', 'Administrative division code'), required: true, pattern: ADCODE }),
		name,
		seat: field.location({ label: bi('政府驻地', 'Seat of government'), required: true }),
		description: field.localized({ label: bi('简介', 'Description') }),
		aliases: aliasesField(
			bi(
				'常用简称，如“文山州”；州市内的园区和项目也能用它搜到',
				'Short names in use, e.g. “Wenshan”; parks and projects there are found by them too'
			)
		),
	},
});

export const expos = dataCollection({
	name: 'expos',
	file: 'taxonomies/expos.yaml',
	key: 'expos',
	label: bi('展会', 'Expos'),
	item: {
		id,
		name,
		short: field.localized({ label: bi('简称', 'Short name'), required: true }),
		aliases: aliasesField(
			bi('简称以外的其他叫法，如往届名称、英文缩写', 'Other names besides the short name, e.g. earlier names or acronyms')
		),
		start: field.date({ label: bi('开幕日期', 'Opens'), required: true }),
		end: field.date({ label: bi('闭幕日期', 'Closes'), required: true }),
		venue: field.localized({ label: bi('举办地点', 'Venue'), required: true }),
		url: field.url({ label: bi('官方网站', 'Website') }),
		description: field.localized({
			label: bi('简介', 'Description'),
			hint: bi('两三句话：展会是什么、本局在展会上做什么', 'Two or three sentences: what the expo is and what the bureau does there'),
		}),
		organiser: field.object({
			label: bi('主办单位', 'Organiser'),
			fields: {
				name: field.localized({ label: bi('名称', 'Name'), required: true }),
				url: field.url({ label: bi('网址', 'Website') }),
			},
		}),
		registration: field.url({
			label: bi('报名或预约参展链接', 'Registration link'),
			hint: bi('投资商报名参会、预约洽谈的网页', 'The page where investors register or book a meeting'),
		}),
		agenda: field.list({
			label: bi('日程', 'Agenda'),
			hint: bi('按时间先后填写；只写日期表示全天', 'In time order; a date without a time means all day'),
			of: field.object({
				label: bi('活动', 'Event'),
				required: true,
				fields: {
					start: field.datetime({
						label: bi('开始', 'Starts'),
						hint: bi('YYYY-MM-DD 或 YYYY-MM-DD HH:MM（北京时间）', 'YYYY-MM-DD or YYYY-MM-DD HH:MM (Beijing time)'),
						required: true,
					}),
					end: field.datetime({
						label: bi('结束', 'Ends'),
						hint: bi(
							'可不填；填写时与开始的写法一致（都带或都不带时间）',
							'Optional; written like the start (both with a time or both without)'
						),
					}),
					title: field.localized({ label: bi('活动名称', 'Title'), required: true }),
					place: field.localized({ label: bi('地点', 'Place') }),
				},
			}),
			max: 30,
		}),
		booths: field.list({
			label: bi('项目展位', 'Project booths'),
			hint: bi(
				'推介本展会的项目所在的展位；项目须在其“推介展会”中选了本展会',
				'Where a project featured at this expo is shown; the project must list this expo under “Expos”'
			),
			of: field.object({
				label: bi('展位', 'Booth'),
				required: true,
				fields: {
					project: field.ref({ label: bi('项目', 'Project'), required: true, to: 'projects' }),
					booth: field.localized({ label: bi('展位号', 'Booth'), required: true }),
				},
			}),
		}),
	},
	rules: [
		{
			field: 'end',
			check: (d) => before(d.start, d.end),
			message: bi('早于开幕日期', 'is before the opening date'),
			fix: bi('闭幕日期应不早于开幕日期', 'set “end” on or after “start”'),
		},
		...agendaRules,
	],
});

export const figures = dataCollection({
	name: 'figures',
	file: 'taxonomies/figures.yaml',
	key: 'figures',
	label: bi('首页数据', 'Headline figures'),
	item: {
		id,
		value: field.number({ label: bi('数值', 'Value'), required: true }),
		unit: field.localized({ label: bi('单位', 'Unit') }),
		label: field.localized({ label: bi('说明', 'Label'), required: true }),
		period: field.localized({ label: bi('统计期', 'Period'), required: true }),
		asOf: field.date({
			label: bi('数据截至', 'Data as of'),
			hint: bi(
				'统计期的最后一天，例如“2026年1—10月”填 2026-10-31；网站自查据此找出过期数据',
				'The last day of the period, e.g. 2026-10-31 for January–October 2026; the self-inspection finds old figures by it'
			),
			required: true,
		}),
	},
});

const seriesLength = (d: Record<string, unknown>) => (Array.isArray(d.series) ? d.series.length : 0);

/**
 * The figures of the why-invest page (/why/): each with its source and the date it was true, and
 * optionally a series the page draws as a chart at build time.
 */
export const profile = dataCollection({
	name: 'profile',
	file: 'why.yaml',
	key: 'figures',
	label: bi('投资环境数据', 'Why-invest figures'),
	item: {
		id,
		section: field.select({ label: bi('栏目分区', 'Section'), required: true, options: PROFILE_SECTIONS }),
		label: field.localized({ label: bi('指标', 'Indicator'), required: true }),
		value: field.number({ label: bi('数值', 'Value'), required: true }),
		unit: field.localized({
			label: bi('单位', 'Unit'),
			hint: bi(
				'万元、亿元、亩、元/亩在英文页面自动换算（CNY million、公顷）；英文单位可留空',
				'万元, 亿元, 亩 and 元/亩 are converted on English pages (CNY million, hectares); the English unit may be empty'
			),
		}),
		period: field.localized({ label: bi('统计期', 'Period'), hint: bi('例如“2026年1—10月”', 'e.g. January–October 2026') }),
		note: field.localized({
			label: bi('说明', 'Note'),
			hint: bi('一句话说明这个数字对投资者意味着什么', 'One sentence on what the figure means to an investor'),
		}),
		sample: field.boolean({
			label: bi('示例数据', 'Sample figure'),
			hint: bi(
				'示例站点中尚未核实的数字，页面上标明“示例数据”',
				'A figure of the sample site not yet checked; the page marks it as a sample'
			),
		}),
		source: field.object({
			label: bi('数据来源', 'Source'),
			required: true,
			fields: {
				name: field.localized({ label: bi('来源名称', 'Source name'), required: true }),
				url: field.url({ label: bi('来源网址', 'Source address') }),
			},
		}),
		asOf: field.date({
			label: bi('数据截至', 'Data as of'),
			hint: bi('数据属实的日期，统计期的最后一天', 'The date the figure was true: the last day of its period'),
			required: true,
		}),
		chart: field.select({ label: bi('图表', 'Chart'), options: CHART_KINDS }),
		series: field.list({
			label: bi('图表数据', 'Chart data'),
			hint: bi(
				'2 至 12 项，单位与数值相同；折线图按时间先后排列',
				'Two to twelve points in the figure’s unit; a line chart’s in time order'
			),
			max: 12,
			of: field.object({
				label: bi('数据点', 'Point'),
				required: true,
				fields: {
					label: field.localized({ label: bi('名称', 'Label'), required: true }),
					value: field.number({ label: bi('数值', 'Value'), required: true, min: 0 }),
				},
			}),
		}),
	},
	rules: [
		{
			field: 'series',
			check: (d) => !d.chart || seriesLength(d) >= 2,
			message: bi('少于 2 项，画不成图表', 'has fewer than two points, too few for a chart'),
			fix: bi('至少填写 2 项图表数据，或清除“图表”', 'add at least two points, or clear “chart”'),
		},
		{
			field: 'chart',
			check: (d) => seriesLength(d) === 0 || Boolean(d.chart),
			message: bi('有图表数据却没有选择图表类型', 'is missing although the figure has chart data'),
			fix: bi('选择柱状图或折线图，或删除图表数据', 'choose bar or line, or remove the series'),
		},
	],
});

/** The steps of the how-to-invest page (/guide/), in the order an investor takes them. */
export const guideSteps = dataCollection({
	name: 'guide',
	file: 'guide.yaml',
	key: 'steps',
	label: bi('投资指南步骤', 'How-to-invest steps'),
	item: {
		id,
		title: field.localized({ label: bi('步骤名称', 'Step'), required: true }),
		what: field.localized({ label: bi('办理事项', 'What to do'), required: true }),
		where: field.localized({ label: bi('办理地点', 'Where'), required: true }),
		time: field.localized({ label: bi('一般用时', 'Typical time'), required: true }),
		online: field.boolean({
			label: bi('可在网上办理', 'Can be done online'),
			hint: bi('勾选后显示网站设置中的政务服务平台入口', 'Shows the government service platform given in the site settings'),
		}),
		policies: field.ref({ label: bi('相关政策', 'Related policies'), multiple: true, to: 'policies' }),
		links: field.list({
			label: bi('其他链接', 'Other links'),
			max: 4,
			of: field.object({
				label: bi('链接', 'Link'),
				required: true,
				fields: {
					name: field.localized({ label: bi('名称', 'Name'), required: true }),
					url: field.url({ label: bi('网址', 'Address'), required: true }),
				},
			}),
		}),
	},
});

/** 内设机构: the bureau's departments and what each does, in the order the bureau lists them. */
export const departments = dataCollection({
	name: 'departments',
	file: 'open/departments.yaml',
	key: 'departments',
	label: bi('内设机构', 'Internal departments'),
	item: {
		id,
		name,
		duties: field.localized({ label: bi('主要职责', 'Responsibilities'), required: true }),
		phone: field.phone({ label: bi('电话', 'Phone') }),
	},
});

/**
 * What a column is for, by the functions 国办发〔2017〕47号 gives a government site; pages of the
 * column carry it as their ColumnType metadata (src/features/layout/page-meta.ts).
 */
export const COLUMN_TYPES = {
	information: bi('信息发布', 'Information'),
	interpretation: bi('解读回应', 'Interpretation and response'),
	service: bi('办事服务', 'Services'),
	interaction: bi('互动交流', 'Interaction'),
} as const;
export type ColumnType = keyof typeof COLUMN_TYPES;

/**
 * The site's columns (栏目): each introduces itself with a text of the bureau's. A column lives at
 * `/<id>/` unless src/features/layout/columns.ts says otherwise; its pages get their breadcrumbs,
 * column metadata and place in the HTML sitemap from this list.
 */
const column = <V extends string>(value: V, title: keyof typeof zh, type: ColumnType = 'information') => ({
	...opt(value, zh[title], render(en[title], 'en')),
	type,
});
export const COLUMNS = [
	column('projects', 'projects.title'),
	column('parks', 'parks.title'),
	column('map', 'map.title'),
	column('policies', 'policies.title'),
	column('news', 'news.title'),
	column('industries', 'industries.title'),
	column('prefectures', 'prefectures.title'),
	column('expo', 'expo.title'),
	column('search', 'search.title', 'service'),
	column('shortlist', 'shortlist.title', 'service'),
	column('open', 'open.title'),
	column('departments', 'open.departments'),
	column('leaders', 'open.leaders'),
	column('reports', 'open.reports'),
	column('interaction', 'interaction.title', 'interaction'),
	column('interpretations', 'policies.interpretations', 'interpretation'),
	column('why', 'why.title'),
	column('guide', 'guide.title', 'service'),
	column('cases', 'cases.title'),
] as const;
export type ColumnId = (typeof COLUMNS)[number]['value'];

export const columns = dataCollection({
	name: 'columns',
	file: 'columns.yaml',
	key: 'columns',
	label: bi('栏目介绍', 'Column introductions'),
	item: {
		id: field.select({ label: bi('栏目', 'Column'), required: true, options: COLUMNS }),
		intro: field.localized({
			label: bi('介绍', 'Introduction'),
			hint: bi('一两句话，显示在栏目标题下，也用作页面描述', 'One or two sentences under the column’s title; also its page description'),
			required: true,
		}),
		keywords: field.localized({
			label: bi('栏目关键词', 'Keywords'),
			hint: bi(
				'用逗号分隔，写入栏目页面的 ColumnKeywords 元数据；留空则用栏目名称和地区',
				'Separated by commas, for the pages’ ColumnKeywords metadata; empty means the column’s name and the region'
			),
		}),
	},
});

export const dataCollections = { industries, prefectures, expos, figures, columns, departments, profile, guide: guideSteps } as const;
export type DataCollectionName = keyof typeof dataCollections;
export type CollectionName = EntryCollectionName | DataCollectionName;

export type ParkData = DataOf<typeof parks.fields>;
export type ProjectData = DataOf<typeof projects.fields>;
export type PolicyData = DataOf<typeof policies.fields>;
export type InterpretationData = DataOf<typeof interpretations.fields>;
export type NewsData = DataOf<typeof news.fields>;
export type PageData = DataOf<typeof pages.fields>;
export type Industry = DataOf<typeof industries.item>;
export type Prefecture = DataOf<typeof prefectures.item>;
export type Expo = DataOf<typeof expos.item>;
export type Figure = DataOf<typeof figures.item>;
export type Column = DataOf<typeof columns.item>;
export type OpenPageData = DataOf<typeof openPages.fields>;
export type LeaderData = DataOf<typeof leaders.fields>;
export type ReportData = DataOf<typeof reports.fields>;
export type EnquiryData = DataOf<typeof enquiries.fields>;
export type Department = DataOf<typeof departments.item>;
export type ProfileFigure = DataOf<typeof profile.item>;
export type GuideStep = DataOf<typeof guideSteps.item>;
export type CaseData = DataOf<typeof cases.fields>;
