/**
 * The bureau's identity and the site's settings, stored in `content/site.yaml`. Another bureau
 * adopts the project by editing that file and the rest of `content/`.
 */
import type { EntryRule } from './collections.ts';
import { field, type Bilingual, type DataOf } from './fields.ts';
import { MAP_IMAGE, REVIEW_NUMBER, UNIT_CODE } from './formats.ts';
import { GIT_HOSTS, type GitHostName } from '../lib/git-hosts.ts';
import { REFUSED_TILE_PROVIDERS, TILE_PROVIDERS, type TileProviderName } from '../lib/tile-providers.ts';

const bi = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, en });

/** Where the bureau puts its standard map (map.standardMap.image), relative to the project. */
export const STANDARD_MAP_FOLDER = 'content/map';

/**
 * The identity images (badge, filing icon) are files in content/, in this folder, published under
 * the same path by src/pages/identity/[file].ts.
 */
export const IDENTITY_FOLDER = 'identity';
const IDENTITY_IMAGE_TYPES = ['svg', 'png', 'gif', 'jpg', 'jpeg', 'webp'];

const TILE_OPTIONS = (Object.keys(TILE_PROVIDERS) as TileProviderName[]).map((value) => ({ value, label: TILE_PROVIDERS[value].label }));
/** A box of latitudes and longitudes, in degrees. */
const boundsField = (label: Bilingual, hint: Bilingual) =>
	field.object({
		label,
		hint,
		required: true,
		fields: {
			south: field.number({ label: bi('南', 'South'), required: true, min: -90, max: 90 }),
			west: field.number({ label: bi('西', 'West'), required: true, min: -180, max: 180 }),
			north: field.number({ label: bi('北', 'North'), required: true, min: -90, max: 90 }),
			east: field.number({ label: bi('东', 'East'), required: true, min: -180, max: 180 }),
		},
	});
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
			label: bi('外来投资企业投诉受理', 'Complaints from foreign-invested enterprises'),
			required: true,
			fields: {
				phone: field.phone({ label: bi('投诉电话', 'Complaints phone'), required: true }),
				email: field.email({ label: bi('投诉邮箱', 'Complaints e-mail') }),
				url: field.url({ label: bi('网上受理平台', 'Online service platform') }),
				platform: field.localized({ label: bi('平台名称', 'Platform name') }),
			},
		}),
		interaction: field.object({
			label: bi('互动交流', 'Enquiries'),
			hint: bi(
				'本站不接收留言：提问通过电话、邮件或下面的省级平台',
				'The site takes no messages itself: people ask by phone, e-mail or on the platform below'
			),
			fields: {
				platform: field.localized({
					label: bi('咨询平台名称', 'Enquiry platform'),
					hint: bi('例如本省 12345 政务服务便民热线网上平台', 'e.g. the province’s 12345 government service hotline online'),
					required: true,
				}),
				url: field.url({ label: bi('咨询平台网址', 'Enquiry platform address'), required: true }),
				note: field.localized({
					label: bi('答复说明', 'About replies'),
					hint: bi('多久答复、哪些问答会公开', 'How soon you reply and which questions and answers are published'),
				}),
			},
		}),
		footer: field.object({
			label: bi('页脚（政府网站标识）', 'Footer (government site identifiers)'),
			required: true,
			fields: {
				sponsor: field.localized({ label: bi('主办单位', 'Organiser'), required: true }),
				organizer: field.localized({ label: bi('承办单位', 'Operator') }),
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
		services: field.object({
			label: bi('政务服务平台（一网通办）', 'Government services online (一网通办)'),
			hint: bi(
				'企业登记、项目备案等事项的网上办理入口，投资指南的各步骤链接到它',
				'Where company registration, project filing and other procedures are done online; the how-to-invest steps link to it'
			),
			fields: {
				name: field.localized({ label: bi('平台名称', 'Platform name'), required: true }),
				url: field.url({ label: bi('平台网址', 'Platform address'), required: true }),
			},
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
					label: bi('天地图审图号', 'Tianditu approval number'),
					hint: bi(
						'天地图底图上印的审图号，底图加载后显示在地图上',
						'The 审图号 printed on Tianditu’s base map, shown on the map once its tiles load'
					),
					pattern: REVIEW_NUMBER,
					deployment: true,
				}),
				outsideChina: field.boolean({
					label: bi('网站在境外发布', 'Published outside China'),
					hint: bi(
						'OpenStreetMap 底图没有审图号，只有在中国境外发布的网站才能使用',
						'OpenStreetMap tiles have no 审图号: only a site published outside China may use them'
					),
					deployment: true,
				}),
				standardMap: field.object({
					label: bi('标准地图', 'Standard map'),
					hint: bi(
						'从自然资源部标准地图服务下载、未经修改的地图图片，放在 content/map/ 中；没有底图或底图未加载时作为地图底图，并显示其审图号。不提供时地图只画州（市）政府驻地和标记，不画任何边界',
						'An unmodified map image from 自然资源部’s standard-map service, stored in content/map/: the map’s base when it has no tiles or they do not load, shown with its 审图号. Without one the map draws prefecture seats and markers only, never a boundary'
					),
					deployment: true,
					fields: {
						image: field.string({ label: bi('图片文件名', 'Image file'), required: true, pattern: MAP_IMAGE }),
						reviewNumber: field.string({ label: bi('审图号', 'Approval number (审图号)'), required: true, pattern: REVIEW_NUMBER }),
						bounds: boundsField(
							bi('图片四边的经纬度', 'Edges of the image'),
							bi(
								'图片上、下、左、右边缘的纬度和经度，地图据此把图片放在正确位置',
								'Latitude of the top and bottom edges, longitude of the left and right edges: where the map places the image'
							)
						),
					},
				}),
				center: field.location({ label: bi('地图中心', 'Centre'), required: true }),
				zoom: field.number({ label: bi('缩放级别', 'Zoom'), required: true, integer: true, min: 3, max: 12 }),
				bounds: boundsField(
					bi('地区范围', 'Region bounds'),
					bi('用于检查坐标是否落在本地区内', 'Coordinates outside these bounds are rejected')
				),
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
		{
			field: 'map.outsideChina',
			check: (d) => map(d).tiles !== 'osm' || map(d).outsideChina === true,
			message: bi(
				'底图为 OpenStreetMap 时必须为是：OpenStreetMap 没有审图号，不能用于在中国境内发布的地图',
				'must be true when the tile layer is osm: OpenStreetMap has no 审图号, so a map published in China may not use it'
			),
			fix: bi(
				'境内网站把底图设为天地图（填写密钥和审图号）或不加载；只有网站在境外发布时才设为是',
				'for a site in China set “tiles” to tianditu (with tiandituKey and reviewNumber) or none; set outsideChina: true only for a site published outside China'
			),
		},
		{
			field: 'map.standardMap.bounds',
			check: (d) => {
				const b = standardMap(d)?.bounds as Record<string, number> | undefined;
				return !b || (b.south! < b.north! && b.west! < b.east!);
			},
			message: bi('南边须小于北边，西边须小于东边', 'must have south below north and west below east'),
			fix: bi(
				'检查是否把南北或东西填反：south、north 是图片下、上边缘的纬度，west、east 是左、右边缘的经度',
				'check for swapped values: south and north are the latitudes of the bottom and top edges, west and east the longitudes of the left and right edges'
			),
		},
		{
			field: 'map.standardMap.bounds',
			check: (d) => {
				const [b, r] = [standardMap(d)?.bounds, map(d).bounds] as (Record<string, number> | undefined)[];
				// Swapped edges are the rule above's to report.
				if (!b || !r || !(b.south! < b.north! && b.west! < b.east!)) return true;
				return b.south! < r.north! && b.north! > r.south! && b.west! < r.east! && b.east! > r.west!;
			},
			message: bi('与地区范围（map.bounds）不重叠', 'does not overlap the region (map.bounds)'),
			fix: bi(
				'填写图片四边的经纬度（度，WGS-84），例如云南省地图约为南 21、北 29.4、西 97.3、东 106.3',
				'give the latitudes and longitudes of the image’s edges in degrees (WGS-84); a map of Yunnan spans about south 21, north 29.4, west 97.3, east 106.3'
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

function standardMap(data: Record<string, unknown>): Record<string, unknown> | undefined {
	return map(data).standardMap as Record<string, unknown> | undefined;
}

export type SiteSettings = DataOf<typeof siteSettings.fields>;
