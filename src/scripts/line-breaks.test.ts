import { describe, expect, it } from 'vitest';
import { breakLines, segments } from './line-breaks.ts';

// One unit per character: lines of at most `width` characters.
const chars = (s: string) => [...s].length;

describe('breaking Chinese lines', () => {
	it('breaks between Chinese characters, keeping Latin words and numbers whole', () => {
		expect(segments('减按15%的税率 tax rate')).toEqual(['减', '按', '15%', '的', '税', '率', ' ', 'tax', ' ', 'rate']);
		expect(breakLines('对设在西部地区的鼓励类产业企业', 5, chars)).toEqual(['对设在西部', '地区的鼓励', '类产业企业']);
		expect(breakLines('税率为15%的企业', 4, chars)).toEqual(['税率为', '15%的', '企业']);
	});

	it('hangs closing punctuation rather than start a line with it', () => {
		expect(breakLines('一二三四，五六', 4, chars)).toEqual(['一二三四，', '五六']);
	});

	it('moves opening punctuation down with what it opens', () => {
		expect(breakLines('一二三《四五》', 4, chars)).toEqual(['一二三', '《四五》']);
	});

	it('makes the first line narrower by the indent', () => {
		expect(breakLines('一二三四五六七八', 4, chars, 2)).toEqual(['一二', '三四五六', '七八']);
	});

	it('cuts a word longer than a line, and drops spaces at line starts', () => {
		expect(breakLines('ab 11530000MB1234567X', 6, chars)).toEqual(['ab', '115300', '00MB12', '34567X']);
	});
});
