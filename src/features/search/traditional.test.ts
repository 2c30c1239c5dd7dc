import { describe, expect, it } from 'vitest';
import { changingCharacters, traditionalBitmap } from './index/traditional-chars.ts';
import { mayBeTraditional, toSimplified } from './traditional.ts';

describe('traditional characters', () => {
	it('the bitmap in the browser code is the one OpenCC’s dictionaries give', async () => {
		const source = await import('node:fs').then((fs) => fs.readFileSync(new URL('./traditional.ts', import.meta.url), 'utf8'));
		expect(source, 'run `node src/features/search/index/traditional-chars.ts` and paste its output into traditional.ts').toContain(
			`'${traditionalBitmap()}'`
		);
	});

	it('loads the converter only for a query it would change', () => {
		for (const q of ['储能', '云南', '文山州', 'kunming', 'PV 光伏', '500强']) expect(mayBeTraditional(q), q).toBe(false);
		for (const q of ['儲能', '雲南', '臺灣', '進博會', 'aluminium 鋁']) expect(mayBeTraditional(q), q).toBe(true);
		expect(changingCharacters().has('儲')).toBe(true);
	});

	it('converts traditional queries to the simplified text the site is written in', async () => {
		expect(await toSimplified('儲能')).toBe('储能');
		expect(await toSimplified('雲南 綠色鋁')).toBe('云南 绿色铝');
		expect(await toSimplified('臺灣')).toBe('台湾');
		expect(await toSimplified('储能')).toBe('储能');
	});
});
