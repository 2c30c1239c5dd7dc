import { describe, expect, it } from 'vitest';
import { breakdownTable, financingTable, preparationTable } from './package.ts';

const breakdown = [
	{ item: { 'zh-CN': '土建工程', en: 'Buildings' }, amount: 150000 },
	{ item: { 'zh-CN': '设备购置' }, amount: 200000 },
];

describe('the investment breakdown', () => {
	it('gives each item its amount, its share and the total, in the reader’s units', () => {
		const zh = breakdownTable({ breakdown }, 'zh-CN')!;
		expect(zh.rows.map((r) => [r.label, r.amount, r.share])).toEqual([
			['土建工程', '15亿元', '42.9%'],
			['设备购置', '20亿元', '57.1%'],
		]);
		expect(zh.total).toBe('35亿元');
		const en = breakdownTable({ breakdown }, 'en')!;
		expect(en.rows[0]).toMatchObject({ label: 'Buildings', amount: 'CNY 1.5 billion', lang: undefined });
		expect(en.total).toBe('CNY 3.5 billion');
	});

	it('marks a label shown in Chinese for want of a translation', () => {
		expect(breakdownTable({ breakdown }, 'en')!.rows[1]).toMatchObject({ label: '设备购置', lang: 'zh-CN' });
	});

	it('has no table without items', () => {
		expect(breakdownTable({ breakdown: [] }, 'en')).toBeUndefined();
		expect(financingTable({ financing: [] }, 'zh-CN')).toBeUndefined();
	});
});

describe('the preparatory work', () => {
	const preparation = [
		{ step: 'eia', status: 'in-progress', date: '2026-10-01' },
		{ step: 'filing', status: 'done', date: '2026-08-20' },
		{ step: 'land-review', status: 'done', date: '2026-06-30' },
	] as const;

	it('lists approvals in the order they are obtained, each status in words', () => {
		const table = preparationTable({ preparation: [...preparation] }, 'en')!;
		expect(table.caption).toBe('Preparatory work');
		expect(table.headings).toEqual(['Approval', 'Status', 'Date']);
		expect(table.rows.map((r) => [r.step, r.statusLabel, r.date])).toEqual([
			['Land-use pre-review', 'Done', '2026-06-30'],
			['Environmental impact assessment', 'In progress', '2026-10-01'],
			['Project approval or filing', 'Done', '2026-08-20'],
		]);
		expect(preparationTable({ preparation: [...preparation] }, 'zh-CN')!.rows.map((r) => r.statusLabel)).toEqual([
			'已完成',
			'办理中',
			'已完成',
		]);
	});

	it('counts the approvals done, and is no table without any', () => {
		expect(preparationTable({ preparation: [...preparation] }, 'en')!.done).toBe(2);
		expect(preparationTable({ preparation: [] }, 'en')).toBeUndefined();
	});
});
