import { z } from 'astro/zod';
import type { Pattern } from './fields.ts';

/**
 * 发文字号: 机关代字〔年份〕序号号, with the hexagonal brackets 〔〕 that GB/T 9704 prescribes; and the
 * numbers that regulations and announcements carry instead: 国务院令第783号, 财政部公告2020年第23号.
 */
export const DOC_NUMBER: Pattern = {
	regex:
		/^(?:[\u4e00-\u9fa5A-Za-z]{1,20}〔(?:19|20)\d{2}〕\d{1,4}号|[\u4e00-\u9fa5\u3000]{2,60}(?:令|公告(?:(?:19|20)\d{2}年)?)第\d{1,4}号)$/u,
	example: '云政发〔2024〕12号',
	description: {
		'zh-CN': '机关代字〔年份〕序号号，年份用六角括号〔〕；令和公告写作 国务院令第783号',
		en: 'issuer code, year in hexagonal brackets 〔〕, serial number and 号; orders and announcements like 国务院令第783号',
	},
};

/** 统一社会信用代码 (GB 32100): 18 characters, digits and upper-case letters without I, O, Z, S, V. */
export const UNIT_CODE: Pattern = {
	regex: /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/,
	example: '11530000MB1234567X',
	description: { 'zh-CN': '18 位统一社会信用代码', en: 'the 18-character unified social credit code' },
};

/** 索引号 as published by government information disclosure catalogues. */
export const INDEX_NUMBER: Pattern = {
	regex: /^[0-9A-Z]{6,20}\/\d{4}-\d{3,8}$/,
	example: '11530000015083012X/2024-00123',
	description: { 'zh-CN': '统一社会信用代码/年份-流水号', en: 'organisation code/year-serial' },
};

export const PROJECT_CODE: Pattern = {
	regex: /^[A-Z]{2,6}-\d{4}-\d{4}$/,
	example: 'YN-2026-0001',
	description: { 'zh-CN': '地区代码-年份-四位序号', en: 'region code, year and a four-digit serial' },
};

/** Chinese landline (with area code), mobile, 400 and short service numbers such as 12345. */
export const PHONE: Pattern = {
	regex: /^(\+86[- ]?)?(0\d{2,3}-\d{7,8}(-\d{1,5})?|1[3-9]\d{9}|400-?\d{3}-?\d{4}|1\d{4})$/,
	example: '0871-63112345',
	description: { 'zh-CN': '区号-号码，或 11 位手机号', en: 'area code-number, or an 11-digit mobile number' },
};

/** Zod's own pattern, which the build checks addresses with: the editor's hint agrees with it. */
export const EMAIL: Pattern = {
	regex: z.regexes.email,
	example: 'invest@example.gov.cn',
	description: { 'zh-CN': '电子邮箱地址', en: 'an e-mail address' },
};

/** What the editor is told before the build parses the address as a URL. */
export const WEB_ADDRESS: Pattern = {
	regex: /^https?:\/\/\S+$/,
	example: 'https://www.yn.gov.cn/',
	description: { 'zh-CN': '以 https:// 开头的完整网址', en: 'a full address starting with https://' },
};

export const COLOUR: Pattern = {
	regex: /^#[0-9a-fA-F]{6}$/,
	example: '#1f6f8b',
	description: { 'zh-CN': '六位十六进制颜色', en: 'six-digit hex colour' },
};

/** Ids are folder names and URL segments: lower-case ASCII so links survive every server. */
export const SLUG: Pattern = {
	regex: /^[a-z0-9]+(-[a-z0-9]+)*$/,
	example: 'kunming-etdz',
	description: { 'zh-CN': '小写字母、数字和连字符', en: 'lower-case letters, digits and hyphens' },
};

export const ADCODE: Pattern = {
	regex: /^\d{6}$/,
	example: '530100',
	description: { 'zh-CN': '六位行政区划代码', en: 'six-digit administrative division code' },
};

/**
 * 审图号, the number of a map's approval: 自然资源部's GS(2024)0650号, a province's 云S(2023)12号,
 * with ASCII, full-width or hexagonal brackets as the issuing office prints them.
 */
export const REVIEW_NUMBER: Pattern = {
	regex: /^[A-Z\p{Script=Han}]{1,6}[(（〔]\d{4}[)）〕]\d{1,6}号$/u,
	example: 'GS(2024)0650号',
	description: { 'zh-CN': '审图号，如地图上所印', en: 'the approval number as printed on the map' },
};

/** A file name in content/map/: a picture of a map, no folder. */
export const MAP_IMAGE: Pattern = {
	regex: /^[^/\\]+\.(png|jpe?g|webp)$/i,
	example: '云南省地图.jpg',
	description: { 'zh-CN': 'content/map/ 中的 PNG、JPEG 或 WebP 文件名', en: 'the name of a PNG, JPEG or WebP file in content/map/' },
};
