/**
 * The bureau's identity and the site's settings, stored in `content/site.yaml`. Another bureau
 * adopts the project by editing that file and the rest of `content/`.
 */
import type { EntryRule } from './collections.ts';
import { field, type Bilingual, type DataOf } from './fields.ts';
import { UNIT_CODE } from './formats.ts';
import { GIT_HOSTS, type GitHostName } from '../lib/git-hosts.ts';
import { REFUSED_TILE_PROVIDERS, TILE_PROVIDERS, type TileProviderName } from '../lib/tile-providers.ts';

const bi = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, en });

/**
 * The identity images (badge, filing icon) are files in content/, in this folder, published under
 * the same path by src/pages/identity/[file].ts.
 */
export const IDENTITY_FOLDER = 'identity';
const IDENTITY_IMAGE_TYPES = ['svg', 'png', 'gif', 'jpg', 'jpeg', 'webp'];

const TILE_OPTIONS = (Object.keys(TILE_PROVIDERS) as TileProviderName[]).map((value) => ({ value, label: TILE_PROVIDERS[value].label }));
export const CMS_BACKENDS = (Object.keys(GIT_HOSTS) as GitHostName[]).map((value) => ({ value, label: GIT_HOSTS[value].label }));

export const siteSettings = {
	name: 'site',
	file: 'site.yaml',
	label: bi('网站设置', 'Site settings'),
	fields: {
		name: field.localized({ label: bi('机构名称', 'Bureau name'), required: true }),
		shortName: field.localized({ label: bi('网站简称', 'Short name'), required: true }),
		tagline: field.localized({ label: bi('网站标语', 'Tagline'), required: true }),
		region: field.localized({ label: bi('服务地区', 'Region'), required: true }),
		unitCode: field.string({
			label: bi('统一社会信用代码', 'Unified social credit code'),
			hint: bi('本单位的代码，用于生成政府信息公开索引号', 'The bureau’s code, the first part of the index numbers it assigns'),
			required: true,
			pattern: UNIT_CODE,
		}),
		url: field.url({
			label: bi('网站地址', 'Site URL'),
			hint: bi('正式域名，用于规范链接、站点地图和二维码', 'The production origin, used for canonical links, the sitemap and QR codes'),
			required: true,
			deployment: true,
		}),
		logo: field.string({ label: bi('标志（public/ 下的路径）', 'Logo (path under public/)'), required: true }),
		address: field.localized({ label: bi('地址', 'Address'), required: true }),
		postcode: field.string({
			label: bi('邮编', 'Postcode'),
			pattern: { regex: /^\d{6}$/, example: '650000', description: bi('六位数字', 'six digits') },
		}),
		phone: field.phone({ label: bi('招商咨询电话', 'Investment hotline'), required: true }),
		email: field.email({ label: bi('电子邮箱', 'E-mail'), required: true }),
		hours: field.localized({ label: bi('办公时间', 'Office hours') }),
		complaints: field.object({
			label: bi('外来投资企业投诉受理', 'Complaints from invested enterprises'),
			required: true,
			fields: {
				phone: field.phone({ label: bi('投诉电话', 'Complaints phone'), required: true }),
				email: field.email({ label: bi('投诉邮箱', 'Complaints e-mail') }),
				url: field.url({ label: bi('网上受理平台', 'Online service platform') }),
				platform: field.localized({ label: bi('平台名称', 'Platform name') }),
			},
		}),
		footer: field.object({
			label: bi('页脚（政府网站标识）', 'Footer (government site identifiers)'),
			required: true,
			fields: {
				sponsor: field.localized({ label: bi('主办单位', 'Sponsor'), required: true }),
				organizer: field.localized({ label: bi('承办单位', 'Operated by') }),
				siteCode: field.string({
					label: bi('网站标识码', 'Government site code'),
					pattern: { regex: /^\d{10}$/, example: '5300000044', description: bi('十位数字', 'ten digits') },
				}),
				icp: field.string({ label: bi('ICP备案号', 'ICP licence'), max: 40 }),
				psb: field.string({ label: bi('公安机关备案号', 'Public security filing'), max: 40 }),
				psbCode: field.string({
					label: bi('公安备案编号（数字）', 'Public security filing number (digits)'),
					pattern: { regex: /^\d{14}$/, example: '53010202000123', description: bi('十四位数字', 'fourteen digits') },
				}),
				psbIcon: field.file({
					label: bi('公安备案图标', 'Public security filing icon'),
					hint: bi('显示在公安机关备案号前的图标', 'Shown before the public security filing number'),
					extensions: IDENTITY_IMAGE_TYPES,
				}),
				partyBadgeId: field.string({
					label: bi('党政机关网站标识编号', 'Party and government site badge id'),
					hint: bi(
						'开办单位在党政机关网站标识系统获得的编号，页脚标识链接到它的验证页面 bszs.conac.cn',
						'The id the badge registry (conac.cn) issued for the site; the footer badge links to its verification page'
					),
					pattern: {
						regex: /^[0-9A-F]{32}$/,
						example: '0A1B2C3D4E5F60718293A4B5C6D7E8F9',
						description: bi('32 位数字和大写字母 A–F', '32 digits and capital letters A–F'),
					},
				}),
				partyBadgeImage: field.file({
					label: bi('党政机关网站标识图片', 'Party and government site badge image'),
					hint: bi('标识系统下发的图片（红色或蓝色标识）', 'The badge image the registry issued (red or blue)'),
					extensions: IDENTITY_IMAGE_TYPES,
				}),
			},
		}),
		relatedSites: field.list({
			label: bi('相关网站', 'Related sites'),
			hint: bi(
				'页脚列出的上级和相关政府网站，例如中国政府网、省政府门户网站、政务服务网',
				'Higher-level and related government sites listed in the footer, such as www.gov.cn and the provincial portal'
			),
			max: 12,
			of: field.object({
				label: bi('网站', 'Site'),
				required: true,
				fields: {
					name: field.localized({ label: bi('网站名称', 'Name'), required: true }),
					url: field.url({ label: bi('网址', 'Address'), required: true }),
				},
			}),
		}),
		map: field.object({
			label: bi('地图', 'Map'),
			required: true,
			fields: {
				tiles: field.select({
					label: bi('底图', 'Tile layer'),
					required: true,
					options: TILE_OPTIONS,
					refused: REFUSED_TILE_PROVIDERS,
					deployment: true,
				}),
				tiandituKey: field.string({ label: bi('天地图密钥', 'Tianditu key'), max: 64, deployment: true }),
				reviewNumber: field.string({
					label: bi('审图号', 'Map approval number'),
					hint: bi('公开地图须显示审图号，例如 GS(2024)0568号', 'Public maps in China must show their approval number'),
					max: 40,
					deployment: true,
				}),
				center: field.location({ label: bi('地图中心', 'Centre'), required: true }),
				zoom: field.number({ label: bi('缩放级别', 'Zoom'), required: true, integer: true, min: 3, max: 12 }),
				bounds: field.object({
					label: bi('地区范围', 'Region bounds'),
					hint: bi('用于检查坐标是否落在本地区内', 'Coordinates outside these bounds are rejected'),
					required: true,
					fields: {
						south: field.number({ label: bi('南', 'South'), required: true, min: -90, max: 90 }),
						west: field.number({ label: bi('西', 'West'), required: true, min: -180, max: 180 }),
						north: field.number({ label: bi('北', 'North'), required: true, min: -90, max: 90 }),
						east: field.number({ label: bi('东', 'East'), required: true, min: -180, max: 180 }),
					},
				}),
			},
		}),
		cms: field.object({
			label: bi('内容管理后台', 'CMS'),
			required: true,
			deployment: true,
			fields: {
				backend: field.select({ label: bi('代码托管平台', 'Git host'), required: true, options: CMS_BACKENDS }),
				repo: field.string({
					label: bi('仓库', 'Repository'),
					required: true,
					pattern: { regex: /^[\w.-]+\/[\w.-]+$/, example: 'yunnan-invest/site', description: bi('所有者/仓库名', 'owner/name') },
				}),
				branch: field.string({ label: bi('分支', 'Branch'), required: true }),
				baseUrl: field.url({ label: bi('OAuth 服务地址', 'OAuth server') }),
				apiRoot: field.url({ label: bi('API 地址（自建 GitLab/Gitea）', 'API root (self-hosted GitLab/Gitea)') }),
				appId: field.string({ label: bi('OAuth 应用 ID', 'OAuth application id'), max: 80 }),
				publishMinutes: field.number({
					label: bi('发布到上线的时间', 'Publish-to-live time'),
					hint: bi(
						'发布后自动构建和部署网站通常需要的分钟数，发布后告诉编辑',
						'Minutes the automatic build and deployment usually take after publishing; editors are told after they publish'
					),
					unit: bi('分钟', 'minutes'),
					required: true,
					integer: true,
					min: 1,
					max: 1440,
				}),
			},
		}),
	},
	rules: [
		{
			field: 'footer.partyBadgeImage',
			check: (d) => Boolean(footer(d).partyBadgeId) === Boolean(footer(d).partyBadgeImage),
			message: bi('须与党政机关网站标识编号同时填写', 'must be given together with the badge id (partyBadgeId)'),
			fix: bi(
				'填写标识编号并上传标识图片；尚未取得标识的，两项都留空',
				'enter the badge id and upload its image; leave both empty until the site has a badge'
			),
		},
		{
			field: 'map.tiandituKey',
			check: (d) => map(d).tiles !== 'tianditu' || Boolean(map(d).tiandituKey),
			message: bi('底图为天地图时必须填写', 'is required when the tile layer is tianditu'),
			fix: bi(
				'在天地图开发者控制台申请“浏览器端”密钥后填写，或把底图设为不加载',
				'apply for a browser key (浏览器端) at the Tianditu developer console and enter it, or set “tiles” to none'
			),
		},
		{
			field: 'map.reviewNumber',
			check: (d) => map(d).tiles !== 'tianditu' || Boolean(map(d).reviewNumber),
			message: bi(
				'底图为天地图时必须填写：公开地图须显示审图号',
				'is required when the tile layer is tianditu: a public map in China must show its approval number (审图号)'
			),
			fix: bi(
				'照天地图底图上印的审图号填写，例如 GS(2024)0568号',
				'copy the 审图号 printed on Tianditu’s own base map, written like GS(2024)0568号'
			),
		},
	] satisfies EntryRule[],
} as const;

function footer(data: Record<string, unknown>): Record<string, unknown> {
	return (data.footer ?? {}) as Record<string, unknown>;
}

function map(data: Record<string, unknown>): Record<string, unknown> {
	return (data.map ?? {}) as Record<string, unknown>;
}

export type SiteSettings = DataOf<typeof siteSettings.fields>;
