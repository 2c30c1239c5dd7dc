import { describe, expect, it } from 'vitest';
import { domesticOnly, formatPhone, parsePhone, phoneHref } from './phone.ts';

describe('parsePhone', () => {
	it.each([
		['0871-65000001', { kind: 'landline', area: '871', number: '65000001' }],
		['087165000001', { kind: 'landline', area: '871', number: '65000001' }],
		['(0871) 6500 0001', { kind: 'landline', area: '871', number: '65000001' }],
		['010-12345678', { kind: 'landline', area: '10', number: '12345678' }],
		['02012345678', { kind: 'landline', area: '20', number: '12345678' }],
		['0692-4100001', { kind: 'landline', area: '692', number: '4100001' }],
		['+86 871 6500 0001', { kind: 'landline', area: '871', number: '65000001' }],
		['+86-0871-65000001', { kind: 'landline', area: '871', number: '65000001' }],
		['0086 10 1234 5678', { kind: 'landline', area: '10', number: '12345678' }],
		['0871-65000001-123', { kind: 'landline', area: '871', number: '65000001', extension: '123' }],
		['0871-65000001转8021', { kind: 'landline', area: '871', number: '65000001', extension: '8021' }],
		['0871-65000001 ext. 12', { kind: 'landline', area: '871', number: '65000001', extension: '12' }],
		['13987654321', { kind: 'mobile', number: '13987654321' }],
		['+86 139 8765 4321', { kind: 'mobile', number: '13987654321' }],
		['400-123-4567', { kind: 'nationwide', number: '4001234567' }],
		['12366', { kind: 'service', number: '12366' }],
	])('reads %s', (raw, phone) => {
		expect(parsePhone(raw)).toEqual(phone);
	});

	it.each(['', 'call us', '65000001', '0871-123', '+1 212 555 0100'])('does not take %j for a Chinese number', (raw) => {
		expect(parsePhone(raw)).toBeUndefined();
	});
});

describe('phoneHref', () => {
	it('links in international form, which dials from China and from abroad', () => {
		expect(phoneHref('0871-65000001')).toBe('tel:+8687165000001');
		expect(phoneHref('13987654321')).toBe('tel:+8613987654321');
		expect(phoneHref('400-123-4567')).toBe('tel:+864001234567');
		expect(phoneHref('0871-65000001-123')).toBe('tel:+8687165000001;ext=123');
	});

	it('keeps a short service number, which has no international form', () => {
		expect(phoneHref('12366')).toBe('tel:12366');
		expect(domesticOnly('12366')).toBe(true);
		expect(domesticOnly('0871-65000001')).toBe(false);
	});
});

describe('formatPhone', () => {
	it('shows English readers +86 and the area code without its 0', () => {
		expect(formatPhone('0871-65000001', 'en')).toBe('+86 871 6500 0001');
		expect(formatPhone('0692-4100001', 'en')).toBe('+86 692 410 0001');
		expect(formatPhone('010-12345678', 'en')).toBe('+86 10 1234 5678');
		expect(formatPhone('13987654321', 'en')).toBe('+86 139 8765 4321');
		expect(formatPhone('400-123-4567', 'en')).toBe('+86 400 123 4567');
		expect(formatPhone('0871-65000001-123', 'en')).toBe('+86 871 6500 0001 ext. 123');
	});

	it('shows Chinese readers the national form', () => {
		expect(formatPhone('+86 871 6500 0001', 'zh-CN')).toBe('0871-65000001');
		expect(formatPhone('0871-65000001-123', 'zh-CN')).toBe('0871-65000001转123');
		expect(formatPhone('13987654321', 'zh-CN')).toBe('13987654321');
		expect(formatPhone('4001234567', 'zh-CN')).toBe('400-123-4567');
	});

	it('leaves service numbers and what it cannot read as written', () => {
		expect(formatPhone('12366', 'en')).toBe('12366');
		expect(formatPhone('call us', 'en')).toBe('call us');
	});
});
