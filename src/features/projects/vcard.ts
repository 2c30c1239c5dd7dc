/** A vCard 3.0 contact card, the version every phone and mail client imports. */

export interface Card {
	organisation: string;
	name?: string | undefined;
	phone: string;
	email?: string | undefined;
	note?: string | undefined;
	url?: string | undefined;
}

/** Escapes text values as RFC 6350 requires: backslash, comma, semicolon and newlines. */
const escapeVCard = (text: string) => text.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r?\n/g, '\\n');

export function vcard(card: Card): string {
	const lines = [
		'BEGIN:VCARD',
		'VERSION:3.0',
		`FN:${escapeVCard(card.name ?? card.organisation)}`,
		`N:${escapeVCard(card.name ?? card.organisation)};;;;`,
		`ORG:${escapeVCard(card.organisation)}`,
		`TEL;TYPE=WORK,VOICE:${card.phone}`,
		card.email && `EMAIL;TYPE=INTERNET:${card.email}`,
		card.url && `URL:${card.url}`,
		card.note && `NOTE:${escapeVCard(card.note)}`,
		'END:VCARD',
	];
	return lines.filter(Boolean).join('\r\n') + '\r\n';
}
