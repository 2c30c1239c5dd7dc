import { describe, expect, it } from 'vitest';
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
/** The calendar's lines with folding undone, event by event. */
const events = (ics: string) =>
	ics
		.replace(/\r\n[ \t]/g, '')
		.split('BEGIN:VEVENT')
		.slice(1)
		.map((e) => e.split('\r\n'));

describe('expo calendar', () => {
	it('gives the expo as all-day dates, its end the day after it closes', () => {
		const [main] = events(expoCalendar(expo, ctx()));
		expect(main).toContain('DTSTART;VALUE=DATE:20270618');
		expect(main).toContain('DTEND;VALUE=DATE:20270624');
		expect(main).toContain('UID:csa-2027@invest.example');
		expect(main).toContain('URL:https://invest.example/en/expo/csa-2027/');
		expect(main).toContain('LOCATION:Kunming Dianchi Center');
		expect(main).toContain('DTSTAMP:20261202T000000Z');
	});

	it('writes Beijing times in UTC, across midnight too', () => {
		expect(utcOf('2027-06-18 09:30')).toEqual([2027, 6, 18, 1, 30]);
		expect(utcOf('2027-06-20 00:30')).toEqual([2027, 6, 19, 16, 30]);
		const [, opening, publicDays, signing] = events(expoCalendar(expo, ctx()));
		expect(opening).toContain('DTSTART:20270618T013000Z');
		expect(opening).toContain('DTEND:20270618T033000Z');
		expect(publicDays).toContain('DTSTART;VALUE=DATE:20270621');
		expect(publicDays).toContain('DTEND;VALUE=DATE:20270624');
		expect(signing).toContain('DTSTART:20270619T163000Z');
		// An item without a translation of its place falls back to the Chinese one.
		expect(signing).toContain('LOCATION:主会场\\, Kunming Dianchi Center');
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
