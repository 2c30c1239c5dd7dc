/**
 * Writes a sample document as a small PDF, set like a Chinese official document (GB/T 9704: A4,
 * a centred title, 16 pt body with two-character indents, page numbers as “— 1 —”) and marked as a
 * sample on every page. The text is set in the installed Noto Sans CJK, of which only the glyphs
 * used are embedded, without subroutines (see cff-charstrings.ts), so a page of text weighs tens
 * of KB. The same text always gives the same bytes.
 *
 * Fonts are subset with upstream fontkit: pdf-lib's own fork (@pdf-lib/fontkit 1.1) writes CJK CFF
 * subsets that PDF viewers cannot draw (Hopding/pdf-lib#1232, #808).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as fontkit from 'fontkit';
import { PDFDocument, degrees, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { inlineSubroutines, type Subroutines } from './cff-charstrings.ts';
import { breakLines } from './line-breaks.ts';

export interface SampleDocument {
	title: string;
	/** The body, one paragraph each; each starts on a new line, indented by two characters. */
	paragraphs: readonly string[];
}

/** Where Debian's fonts-noto-cjk puts the collections; NOTO_CJK_DIR overrides. */
const FONT_DIR = process.env.NOTO_CJK_DIR ?? '/usr/share/fonts/opentype/noto';
const FACES = { regular: 'NotoSansCJKsc-Regular', bold: 'NotoSansCJKsc-Bold' } as const;
const COLLECTIONS = { regular: 'NotoSansCJK-Regular.ttc', bold: 'NotoSansCJK-Bold.ttc' } as const;

// A4 and the margins of GB/T 9704 (37 mm top, 28 mm left, 26 mm right, 35 mm bottom), in points.
const MM = 72 / 25.4;
const PAGE = { width: 210 * MM, height: 297 * MM };
const MARGIN = { top: 37 * MM, left: 28 * MM, right: 26 * MM, bottom: 35 * MM };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BODY = { size: 16, leading: 28 };
const TITLE = { size: 22, leading: 34 };
const INK = rgb(0.1, 0.1, 0.1);
const RED = rgb(0.75, 0.1, 0.1);

/** The line that marks every page as a sample, and the mark across it. */
const SAMPLE_NOTE = '样本　本文件由网站示例内容生成，仅供演示，不是正式公文';
const SAMPLE_MARK = '样本';

/** A face of the Noto Sans CJK collection whose subsets carry no subroutines. */
function openFace(weight: keyof typeof FACES): fontkit.Font {
	const file = `${FONT_DIR}/${COLLECTIONS[weight]}`;
	if (!existsSync(file))
		throw new Error(`${file} is missing — fix: install Noto Sans CJK (Debian: apt-get install fonts-noto-cjk) or set NOTO_CJK_DIR`);
	const face = fontkit.create(readFileSync(file), FACES[weight]);
	const cff = face['CFF '];
	if (!cff) throw new Error(`${FACES[weight]} in ${file} has no CFF outlines`);
	const read = (entries: readonly { offset: number; length: number }[] = []) =>
		entries.map(({ offset, length }) => {
			cff.stream.pos = offset;
			return Uint8Array.from(cff.stream.readBuffer(length));
		});
	const global = read(cff.globalSubrIndex);
	const local = new Map<unknown, Uint8Array[]>();
	const subrsFor = (gid: number): Subroutines => {
		const dict = cff.privateDictForGlyph(gid);
		if (!local.has(dict)) local.set(dict, read(dict?.Subrs));
		return { global, local: local.get(dict)! };
	};
	const createSubset = face.createSubset.bind(face);
	face.createSubset = () => {
		const subset = createSubset();
		subset.subsetCharstrings = () => {
			subset.charstrings = subset.glyphs.map((gid) => inlineSubroutines(cff.getCharString(gid), subrsFor(gid)));
			subset.gsubrs = [];
		};
		subset.subsetSubrs = () => [];
		// pdf-lib reads the subset as fontkit 1 wrote it, as a stream.
		return Object.assign(subset, {
			encodeStream: () => {
				const bytes = subset.encode();
				const stream = {
					on: (event: string, listener: (data?: Uint8Array) => void) => {
						if (event === 'data') listener(bytes);
						if (event === 'end') listener();
						return stream;
					},
				};
				return stream;
			},
		});
	};
	return face;
}

let faces: Record<keyof typeof FACES, fontkit.Font> | undefined;

/** Embeds a face; the subset's name tag is fixed, where pdf-lib would make a random one, so the output does not change between runs. */
async function embed(doc: PDFDocument, weight: keyof typeof FACES, tag: string): Promise<PDFFont> {
	faces ??= { regular: openFace('regular'), bold: openFace('bold') };
	const face = faces[weight];
	doc.registerFontkit({ create: () => face as never });
	return doc.embedFont(new Uint8Array(0), { subset: true, customName: `${tag}+${face.postscriptName}` });
}

/** Marks a page as a sample: a red line above the text and a large grey mark across it. */
function markSample(page: PDFPage, font: PDFFont) {
	page.drawText(SAMPLE_NOTE, { x: MARGIN.left, y: PAGE.height - MARGIN.top / 2, size: 10, font, color: RED });
	const size = 150;
	const width = font.widthOfTextAtSize(SAMPLE_MARK, size);
	// Rotated 30° about its start, centred on the page.
	const angle = (30 * Math.PI) / 180;
	page.drawText(SAMPLE_MARK, {
		x: PAGE.width / 2 - (Math.cos(angle) * width) / 2 + (Math.sin(angle) * size) / 3,
		y: PAGE.height / 2 - (Math.sin(angle) * width) / 2 - (Math.cos(angle) * size) / 3,
		size,
		font,
		color: rgb(0.8, 0.8, 0.8),
		opacity: 0.35,
		rotate: degrees(30),
	});
}

/** Writes `document` as a PDF at `path`, creating its folder. */
export async function writeSamplePdf(path: string, document: SampleDocument): Promise<void> {
	const doc = await PDFDocument.create({ updateMetadata: false });
	doc.setTitle(document.title);
	doc.setSubject(SAMPLE_NOTE);
	doc.setLanguage('zh-CN');
	const regular = await embed(doc, 'regular', 'SAMPLR');
	const bold = await embed(doc, 'bold', 'SAMPLB');
	const pages: PDFPage[] = [];
	let page!: PDFPage;
	let y = 0;
	const newPage = () => {
		page = doc.addPage([PAGE.width, PAGE.height]);
		pages.push(page);
		markSample(page, regular);
		y = PAGE.height - MARGIN.top;
	};
	const line = (text: string, font: PDFFont, size: number, leading: number, x: number) => {
		if (y - leading < MARGIN.bottom) newPage();
		y -= leading;
		page.drawText(text, { x, y, size, font, color: INK });
	};
	newPage();
	for (const text of breakLines(document.title, TEXT_WIDTH, (s) => bold.widthOfTextAtSize(s, TITLE.size)))
		line(text, bold, TITLE.size, TITLE.leading, (PAGE.width - bold.widthOfTextAtSize(text, TITLE.size)) / 2);
	y -= BODY.leading / 2;
	const indent = 2 * BODY.size;
	for (const paragraph of document.paragraphs) {
		const lines = breakLines(paragraph.trim(), TEXT_WIDTH, (s) => regular.widthOfTextAtSize(s, BODY.size), indent);
		lines.forEach((text, i) => line(text, regular, BODY.size, BODY.leading, MARGIN.left + (i === 0 ? indent : 0)));
	}
	pages.forEach((p, i) => {
		const number = `— ${i + 1} —`;
		p.drawText(number, {
			x: (PAGE.width - regular.widthOfTextAtSize(number, 14)) / 2,
			y: MARGIN.bottom / 2,
			size: 14,
			font: regular,
			color: INK,
		});
	});
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, await doc.save({ useObjectStreams: true }));
}
