import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { writeSamplePdf } from './sample-pdf.ts';

const dir = mkdtempSync(join(tmpdir(), 'sample-pdf-'));
const sample = {
	title: '云南省规范招商引资行为促进招商引资高质量发展若干措施',
	paragraphs: Array.from(
		{ length: 30 },
		(_, i) => `第${i + 1}条\u3000坚持依法、合规、透明招商，各级各部门不得以违反国家规定的税收返还、财政奖补等方式招商。`
	),
};

describe('a sample PDF', () => {
	it('is small, readable and the same every time', async () => {
		const [a, b] = [join(dir, 'a.pdf'), join(dir, 'b.pdf')];
		await writeSamplePdf(a, sample);
		await writeSamplePdf(b, sample);
		const bytes = readFileSync(a);
		expect(bytes.equals(readFileSync(b))).toBe(true);
		// Two pages of Chinese text in a subset without subroutines: tens of KB, not the 90 KB of one glyph with them.
		expect(bytes.length).toBeLessThan(60_000);
		const doc = await PDFDocument.load(bytes);
		expect(doc.getTitle()).toBe(sample.title);
		expect(doc.getPageCount()).toBeGreaterThan(1);
	}, 30_000);
});
