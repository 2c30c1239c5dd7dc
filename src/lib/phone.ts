/**
 * Chinese phone numbers as each reader dials them. Content writes them the Chinese way (0871-63112345,
 * 13987654321, 400-123-4567, 12345; see PHONE in src/schema/formats.ts). Links always carry the
 * international form (tel:+8687163112345), which dials from a phone in China as well as from abroad;
 * English pages also show it (+86 871 6311 2345), since the area code's leading 0 is dialled only
 * inside China. Short service numbers (12345, 12366) exist only inside China and stay as they are.
 */
import type { Locale } from '../schema/fields.ts';

export interface ChinesePhone {
	kind: 'landline' | 'mobile' | 'nationwide' | 'service';
	/** A landline's area code without its trunk 0 (871 for Kunming, 10 for Beijing). */
	area?: string;
	/** The subscriber number (landline), or the whole number. */
	number: string;
	extension?: string;
}

const COUNTRY = '86';
const EXTENSION = /\s*(?:转|分机|ext\.?|x|#)\s*(\d{1,6})\s*$/i;

/** Reads a number as content writes it; undefined when it is not a Chinese phone number. */
export function parsePhone(raw: string): ChinesePhone | undefined {
	let text = raw.trim();
	let extension = EXTENSION.exec(text)?.[1];
	if (extension) text = text.replace(EXTENSION, '');
	const international = /^(\+|00)86/.test(text.replace(/[\s\-().]/g, ''));
	if (international) text = text.replace(/^\s*(\+|00)\s*86/, '');
	const groups = text.split(/[\s\-().\u2011]+/).filter(Boolean);
	// 0871-65000000-123: a third group after a full landline is its extension.
	if (!extension && groups.length === 3 && /^0?\d{2,3}$/.test(groups[0]!) && /^\d{7,8}$/.test(groups[1]!) && /^\d{1,6}$/.test(groups[2]!)) {
		extension = groups.pop();
	}
	const digits = groups.join('');
	if (!/^\d+$/.test(digits)) return undefined;
	const ext = extension ? { extension } : {};
	if (/^1[3-9]\d{9}$/.test(digits)) return { kind: 'mobile', number: digits, ...ext };
	if (/^[48]00\d{7}$/.test(digits)) return { kind: 'nationwide', number: digits, ...ext };
	if (!international && /^1\d{4}$/.test(digits)) return { kind: 'service', number: digits };
	// A landline: the trunk 0 in national form, none after +86. Beijing (10) and 2x codes have two
	// digits, all others three; where the writer set the area code apart, that settles it.
	const national = international ? digits.replace(/^0/, '') : digits.startsWith('0') ? digits.slice(1) : undefined;
	if (national === undefined) return undefined;
	const written = groups.length > 1 ? groups[0]!.replace(/^0/, '') : undefined;
	const areaLength = written && /^\d{2,3}$/.test(written) ? written.length : /^(10|2\d)/.test(national) ? 2 : 3;
	const area = national.slice(0, areaLength);
	const number = national.slice(areaLength);
	if (!/^[1-9]\d{6,7}$/.test(number)) return undefined;
	return { kind: 'landline', area, number, ...ext };
}

/** The international digits, +86… (a service number has none). */
function e164(p: ChinesePhone): string | undefined {
	if (p.kind === 'service') return undefined;
	return `+${COUNTRY}${p.area ?? ''}${p.number}`;
}

/** The `tel:` link (RFC 3966): international form, extension as `;ext=`; a service number as it is. */
export function phoneHref(raw: string): string {
	const p = parsePhone(raw);
	if (!p) return `tel:${raw.replace(/[^\d+]/g, '')}`;
	const number = e164(p) ?? p.number;
	return `tel:${number}${p.extension ? `;ext=${p.extension}` : ''}`;
}

/** Groups of four from the end, as Chinese numbers are read: 6500 0001, 650 0001. */
const inFours = (digits: string) => digits.replace(/\B(?=(\d{4})+$)/g, ' ');

/**
 * The number as the language's readers dial it: “0871-65000001” and “0871-65000001转123” in Chinese,
 * “+86 871 6500 0001” and “+86 871 6500 0001 ext. 123” in English, mobiles as “+86 139 8765 4321”.
 */
export function formatPhone(raw: string, locale: Locale): string {
	const p = parsePhone(raw);
	if (!p) return raw;
	if (p.kind === 'service') return p.number;
	if (locale === 'zh-CN') {
		const extension = p.extension ? `转${p.extension}` : '';
		if (p.kind === 'landline') return `0${p.area}-${p.number}${extension}`;
		if (p.kind === 'nationwide') return `${p.number.slice(0, 3)}-${p.number.slice(3, 6)}-${p.number.slice(6)}${extension}`;
		return `${p.number}${extension}`;
	}
	const extension = p.extension ? ` ext. ${p.extension}` : '';
	if (p.kind === 'landline') return `+${COUNTRY} ${p.area} ${inFours(p.number)}${extension}`;
	if (p.kind === 'nationwide') return `+${COUNTRY} ${p.number.slice(0, 3)} ${p.number.slice(3, 6)} ${p.number.slice(6)}${extension}`;
	return `+${COUNTRY} ${p.number.slice(0, 3)} ${inFours(p.number.slice(3))}${extension}`;
}

/** True for numbers that can only be dialled inside China (12345, 12366). */
export const domesticOnly = (raw: string) => parsePhone(raw)?.kind === 'service';
