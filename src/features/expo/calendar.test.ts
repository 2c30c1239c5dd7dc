import { describe, expect, it } from 'vitest';
import { icsEvents } from '../../../tests/ics.ts';
import type { Expo } from '../../schema/collections.ts';
import { expoCalendar, plain, utcOf, type CalendarContext } from './calendar.ts';

const expo: Expo = {
	id: 'csa-2027',
	name: { 'zh-CN': '第十届中国—南亚博览会', en: '10th China–South Asia Expo' },
	short: { 'zh-CN': '南博会', en: 'CSA Expo' },
	aliases: [],
	start: '2027-06-18',
	end: '2027-06-23',
	venue: { 'zh-CN': '昆明滇池国际会展中心', en: 'Kunming Dianchi Center' },
	description: { 'zh-CN': '简介', en: 'Trade, investment; and more, in Kunming' },
	organiser: { name: { 'zh-CN': '商务部', en: 'Ministry of Commerce' }, url: 'https://www.mofcom.gov.cn' },
	registration: 'https://register.example/csa',
	agenda: [
		{ start: '2027-06-18 09:30', end: '2027-06-18 11:30', title: { 'zh-CN': '开幕式', en: 'Opening' } },
		{ start: '2027-06-21', end: '2027-06-23', title: { 'zh-CN': '公众开放日', en: 'Public days' } },
		{ start: '2027-06-20 00:30', title: { 'zh-CN': '签约', en: 'Signing' }, place: { 'zh-CN': '主会场' } },
	],
	booths: [],
};
const ctx = (over: Partial<CalendarContext> = {}): CalendarContext => ({
	locale: 'en',
	url: 'https://invest.example/en/expo/csa-2027/',
	host: 'invest.example',
	stamp: '2026-12-02',
	producer: 'Invest in Yunnan',
	words: { organiser: 'Organiser', registration: 'Registration' },
	...over,
});
/** Event `n` of the English calendar: the expo first, then its agenda in order. */
const event = (n: number) => icsEvents(expoCalendar(expo, ctx()))[n];

describe('expo calendar', () => {
	it.each<[string, number, string[]]>([
		['the expo as all-day dates, its end the day after it closes', 0, ['DTSTART;VALUE=DATE:20270618', 'DTEND;VALUE=DATE:20270624']],
		[
			'the expo its id, page and place, and the day the calendar was made',
			0,
			[
				'UID:csa-2027@invest.example',
				'URL:https://invest.example/en/expo/csa-2027/',
				'LOCATION:Kunming Dianchi Center',
				'DTSTAMP:20261202T000000Z',
			],
		],
		['the opening’s Beijing times in UTC', 1, ['DTSTART:20270618T013000Z', 'DTEND:20270618T033000Z']],
		['the public days as all-day dates', 2, ['DTSTART;VALUE=DATE:20270621', 'DTEND;VALUE=DATE:20270624']],
		// 00:30 in Beijing is 16:30 the day before in UTC; a place without a translation falls back to the Chinese one.
		[
			'the signing its UTC time across midnight, and its place within the venue',
			3,
			['DTSTART:20270619T163000Z', 'LOCATION:主会场\\, Kunming Dianchi Center'],
		],
	])('gives %s', (_, n, lines) => {
		for (const line of lines) expect(event(n)).toContain(line);
	});

	it.each<[string, number[]]>([
		['2027-06-18 09:30', [2027, 6, 18, 1, 30]],
		['2027-06-20 00:30', [2027, 6, 19, 16, 30]],
	])('reads %s in Beijing as %j in UTC', (beijing, utc) => {
		expect(utcOf(beijing)).toEqual(utc);
	});

	it('is in the reader’s language', () => {
		const zh = expoCalendar(expo, ctx({ locale: 'zh-CN', words: { organiser: '主办单位', registration: '报名' } }));
		expect(zh).toContain('SUMMARY:第十届中国—南亚博览会');
		expect(zh).toContain('SUMMARY:开幕式 · 南博会');
		expect(expoCalendar(expo, ctx())).toContain('SUMMARY:Opening · CSA Expo');
	});

	it('escapes untrusted text so it cannot add lines or properties', () => {
		const hostile: Expo = {
			...expo,
			name: { 'zh-CN': '展会', en: 'Expo\r\nBEGIN:VEVENT\r\nSUMMARY:Injected' },
			venue: { 'zh-CN': '场馆', en: 'Hall; A, B\\C' },
		};
		const ics = expoCalendar(hostile, ctx());
		expect(ics.match(/^BEGIN:VEVENT$/gm)).toHaveLength(4);
		expect(ics).not.toMatch(/^SUMMARY:Injected/m);
		expect(ics).toContain('SUMMARY:Expo\\nBEGIN:VEVENT\\nSUMMARY:Injected');
		expect(ics).toContain('LOCATION:Hall\\; A\\, B\\\\C');
		expect(ics).toContain('Trade\\, investment\\; and more');
		// Every line ends in CRLF and none is longer than 75 octets.
		for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});

	it('drops control characters', () => {
		expect(plain('a\u0000b\rc\u001bd')).toBe('ab\ncd');
	});
});
