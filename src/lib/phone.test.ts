import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../schema/fields.ts';
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

/** Numbers as written in the content, and as each reader is shown them. */
const SHOWN: Record<Locale, [string, string][]> = {
	// +86 and the area code without its 0.
	en: [
		['0871-65000001', '+86 871 6500 0001'],
		['0692-4100001', '+86 692 410 0001'],
		['010-12345678', '+86 10 1234 5678'],
		['13987654321', '+86 139 8765 4321'],
		['400-123-4567', '+86 400 123 4567'],
		['0871-65000001-123', '+86 871 6500 0001 ext. 123'],
	],
	// The national form.
	'zh-CN': [
		['+86 871 6500 0001', '0871-65000001'],
		['0871-65000001-123', '0871-65000001转123'],
		['13987654321', '13987654321'],
		['4001234567', '400-123-4567'],
	],
};

describe('formatPhone', () => {
	describe.each(LOCALES)('to %s readers', (locale) => {
		it.each(SHOWN[locale])('shows %s as %s', (raw, shown) => {
			expect(formatPhone(raw, locale)).toBe(shown);
		});
	});

	it.each([
		['12366', 'a service number'],
		['call us', 'what it cannot read'],
	])('leaves %s, %s, as written', (raw) => {
		expect(formatPhone(raw, 'en')).toBe(raw);
	});
});
