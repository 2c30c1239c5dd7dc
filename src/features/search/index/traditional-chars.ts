/**
 * Which characters a traditional-to-simplified conversion changes, as the bitmap the browser tests
 * queries against (../traditional.ts) before it loads the converter. Derived from OpenCC's own
 * dictionaries, the ones the converter uses; `node src/features/search/index/traditional-chars.ts`
 * prints it after an update of opencc-js (a unit test fails until it is pasted in).
 */
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import { BITMAP_END, BITMAP_START } from '../traditional.ts';

/** Every character of the CJK Unified Ideographs block that some entry of the dictionaries changes. */
export function changingCharacters(): Set<string> {
	const changing = new Set<string>();
	for (const dict of [TSCharacters, TSPhrases, HKVariantsRev, TWVariantsRev])
		for (const pair of dict.split('|')) {
			const [from = '', to = ''] = pair.split(' ');
			const a = [...from];
			const b = [...to];
			a.forEach((c, i) => c !== b[i] && changing.add(c));
		}
	return new Set([...changing].filter((c) => c.codePointAt(0)! >= BITMAP_START && c.codePointAt(0)! <= BITMAP_END));
}

/** The set as a base64 bitmap, one bit a code point from BITMAP_START. */
export function traditionalBitmap(): string {
	const bytes = new Uint8Array(Math.ceil((BITMAP_END - BITMAP_START + 1) / 8));
	for (const c of changingCharacters()) {
		const n = c.codePointAt(0)! - BITMAP_START;
		bytes[n >> 3]! |= 1 << (n & 7);
	}
	return Buffer.from(bytes).toString('base64');
}

if (import.meta.main) console.log(traditionalBitmap());
