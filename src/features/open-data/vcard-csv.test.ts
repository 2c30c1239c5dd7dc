import { describe, expect, it } from 'vitest';
import { toCsv } from './formats.ts';
import { vcard } from '../projects/vcard.ts';

describe('vcard', () => {
	it('writes a vCard 3.0 with escaped text', () => {
		const card = vcard({
			organisation: '昆明经开区; 投促局',
			name: 'Li, Ming',
			phone: '0871-67100001',
			email: 'a@b.example',
			note: 'YN-2026-0001\n磷酸铁锂',
		});
		expect(card.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\n')).toBe(true);
		expect(card).toContain('ORG:昆明经开区\\; 投促局');
		expect(card).toContain('FN:Li\\, Ming');
		expect(card).toContain('TEL;TYPE=WORK,VOICE:0871-67100001');
		expect(card).toContain('NOTE:YN-2026-0001\\n磷酸铁锂');
		expect(card.trimEnd().endsWith('END:VCARD')).toBe(true);
	});
});

describe('toCsv', () => {
	it('starts with a BOM, quotes what needs quoting and defuses formulas', () => {
		const csv = toCsv([
			{ id: 'a', title: '绿色铝, 砚山', note: 'say "hi"' },
			{ id: 'b', title: '=HYPERLINK("x")', count: 3 },
		]);
		const [head, first, second] = csv.slice(1).split('\r\n');
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(head).toBe('id,title,note,count');
		expect(first).toBe('a,"绿色铝, 砚山","say ""hi""",');
		expect(second).toBe(`b,"'=HYPERLINK(""x"")",,3`);
	});
});
