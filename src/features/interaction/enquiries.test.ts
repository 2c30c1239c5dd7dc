import { describe, expect, it } from 'vitest';
import { byAnswered, daysToAnswer, excerpt } from './enquiries.ts';

const e = (id: string, asked: string, answered: string) => ({ id, data: { asked, answered } });

describe('the enquiries list', () => {
	it('puts the newest reply first, then the later question, then the id', () => {
		const items = [
			e('b', '2026-10-01', '2026-10-05'),
			e('old', '2026-01-02', '2026-01-03'),
			e('a', '2026-10-01', '2026-10-05'),
			e('later-question', '2026-10-03', '2026-10-05'),
			e('newest', '2026-11-20', '2026-11-26'),
		];
		expect(items.sort(byAnswered).map((i) => i.id)).toEqual(['newest', 'later-question', 'a', 'b', 'old']);
	});

	it('counts calendar days from question to reply, across months and years', () => {
		expect(daysToAnswer('2026-11-23', '2026-11-26')).toBe(3);
		expect(daysToAnswer('2026-11-23', '2026-11-23')).toBe(0);
		expect(daysToAnswer('2026-02-27', '2026-03-02')).toBe(3);
		expect(daysToAnswer('2025-12-30', '2026-01-04')).toBe(5);
	});
});

describe('excerpt', () => {
	it('keeps a short question whole, with its line breaks as spaces', () => {
		expect(excerpt('请问能否\n先租后让？', 40)).toBe('请问能否 先租后让？');
	});

	it('cuts a long Chinese question at the last clause that fits', () => {
		const text = '我公司在曲靖投资的新能源电池材料项目去年已签约，目前在办理施工许可时遇到配套电力接入进度慢的问题。请问我们能否使用？';
		const cut = excerpt(text, 40);
		expect(cut).toBe('我公司在曲靖投资的新能源电池材料项目去年已签约…');
		expect(cut.length).toBeLessThanOrEqual(40);
	});

	it('cuts English between words, never inside one', () => {
		const cut = excerpt('We integrate energy-storage battery systems and plan to build a production base in Yunnan.', 40);
		expect(cut).toBe('We integrate energy-storage battery…');
		expect(cut.length).toBeLessThanOrEqual(40);
	});
});
