import { describe, expect, it } from 'vitest';
import { DOC_NUMBER } from './formats.ts';

describe('文号', () => {
	// The numbers real documents carry: 发文字号, orders and announcements.
	it.each([
		'云政办发〔2024〕35号',
		'国务院令第783号',
		'国家发展改革委　商务部令第23号',
		'财政部　税务总局　国家发展改革委公告2020年第23号',
	])('takes %s', (n) => {
		expect(n).toMatch(DOC_NUMBER.regex);
	});

	// Square or round brackets for the year, and a number without 号.
	it.each(['云政发[2024]12号', '云政发(2024)12号', '云政发〔2024〕12', '国务院令783号', '公告2020年第23号'])('refuses %s', (n) => {
		expect(n).not.toMatch(DOC_NUMBER.regex);
	});
});
