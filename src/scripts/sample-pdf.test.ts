import { describe, expect, it } from 'vitest';
import { extractFace, wrapLines } from './sample-pdf.ts';

/** One unit of width per character, so line lengths are character counts. */
const chars = (s: string) => [...s].length;

describe('wrapLines', () => {
	it('breaks Chinese between any two characters, never before closing punctuation', () => {
		expect(wrapLines('一二三四五六七八九十', 4, chars)).toEqual(['一二三四', '五六七八', '九十']);
		expect(wrapLines('一二三四，五六', 4, chars)).toEqual(['一二三四，', '五六']);
	});

	it('breaks Latin text at spaces and cuts a word longer than a line', () => {
		expect(wrapLines('the quick brown fox', 10, chars)).toEqual(['the quick', 'brown fox']);
		expect(wrapLines('abcdefghijkl', 5, chars)).toEqual(['abcde', 'fghij', 'kl']);
	});

	it('keeps a number or a word together inside Chinese text', () => {
		expect(wrapLines('统计期限自2025年', 8, chars)).toEqual(['统计期限自', '2025年']);
	});
});

describe('extractFace', () => {
	/** A collection of two faces, each with one table whose data is shared by offset into the whole file. */
	function collection(): Uint8Array {
		const bytes = new Uint8Array(100);
		const view = new DataView(bytes.buffer);
		view.setUint32(0, 0x74746366); // 'ttcf'
		view.setUint32(4, 0x00010000);
		view.setUint32(8, 2);
		view.setUint32(12, 20);
		view.setUint32(16, 48);
		for (const [start, data] of [
			[20, 80],
			[48, 88],
		] as const) {
			view.setUint32(start, 0x4f54544f); // 'OTTO'
			view.setUint16(start + 4, 1);
			view.setUint32(start + 12, 0x74657374); // 'test'
			view.setUint32(start + 20, data);
			view.setUint32(start + 24, 6);
			bytes.set(
				[1, 2, 3, 4, 5, 6].map((b) => b + data),
				data
			);
		}
		return bytes;
	}

	it('copies one face’s tables into a standalone font and points its table records at them', () => {
		const font = extractFace(collection(), 1);
		const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
		expect(view.getUint32(0)).toBe(0x4f54544f);
		expect(view.getUint16(4)).toBe(1);
		const offset = view.getUint32(12 + 8);
		expect(offset).toBe(28);
		expect([...font.subarray(offset, offset + 6)]).toEqual([89, 90, 91, 92, 93, 94]);
		expect(font.length).toBe(28 + 8);
	});

	it('returns a single font unchanged and refuses a face the collection does not have', () => {
		const single = new Uint8Array([0x4f, 0x54, 0x54, 0x4f, 0, 0]);
		expect(extractFace(single, 0)).toBe(single);
		expect(() => extractFace(collection(), 2)).toThrow(/has 2 faces/);
	});
});
