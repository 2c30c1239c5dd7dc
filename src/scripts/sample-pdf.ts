/**
 * Writes a small sample PDF from a title and paragraphs, set in Noto Sans CJK (the Debian package
 * fonts-noto-cjk) and embedded as a subset of the glyphs used, so a page of Chinese stays a few
 * tens of kilobytes. Nothing is downloaded. The sample generators (make-sample-pdfs.ts) call it;
 * bureaus publish their real documents instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont } from 'pdf-lib';

/** Debian's Noto Sans CJK collection; one face of it, the Simplified Chinese one, is used. */
const FONT_COLLECTION = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const FACE = 'NotoSansCJKsc-Regular';

/** A4 in PDF points, with margins of 25 mm. */
const PAGE = { width: 595.28, height: 841.89, margin: 70.87 };
const TITLE_SIZE = 18;
const BODY_SIZE = 11;
const LEADING = 1.7;
/** Fixed document dates: the same input gives the same bytes, so regenerating changes nothing in git. */
const FIXED_DATE = new Date('2026-01-01T00:00:00Z');

export interface SamplePdf {
	title: string;
	paragraphs: readonly string[];
	/** The document's language, for screen readers; Chinese unless given. */
	lang?: string;
}

/**
 * One face of a TrueType/OpenType collection (.ttc) as a standalone font file. pdf-lib embeds
 * single fonts only; a collection's table records point into the whole file, so the face's tables
 * are copied out and their offsets rewritten.
 */
export function extractFace(collection: Uint8Array, index: number): Uint8Array {
	const view = new DataView(collection.buffer, collection.byteOffset, collection.byteLength);
	if (view.getUint32(0) !== 0x74746366 /* 'ttcf' */) return collection;
	const count = view.getUint32(8);
	if (index < 0 || index >= count) throw new Error(`the collection has ${count} faces, not ${index + 1}`);
	const start = view.getUint32(12 + 4 * index);
	const tables = view.getUint16(start + 4);
	const headerLength = 12 + 16 * tables;
	const records = Array.from({ length: tables }, (_, i) => {
		const at = start + 12 + 16 * i;
		return { at, offset: view.getUint32(at + 8), length: view.getUint32(at + 12) };
	});
	const padded = (n: number) => (n + 3) & ~3;
	const out = new Uint8Array(headerLength + records.reduce((sum, r) => sum + padded(r.length), 0));
	const outView = new DataView(out.buffer);
	out.set(collection.subarray(start, start + headerLength), 0);
	let offset = headerLength;
	records.forEach((r, i) => {
		out.set(collection.subarray(r.offset, r.offset + r.length), offset);
		outView.setUint32(12 + 16 * i + 8, offset);
		offset += padded(r.length);
	});
	return out;
}

interface CffTable {
	offSize: number;
	length: number;
	topDict: { FDArray: Record<string, unknown>[] };
	fdForGlyph(gid: number): number | null;
}
interface CffSubset {
	cff: CffTable;
	glyphs: number[];
	font: { getGlyph(gid: number): { path: unknown; _usedSubrs: Record<string, boolean> } };
	subsetSubrs(subrs: unknown[], used: Record<string, boolean>): unknown[];
	subsetFontdict(topDict: Record<string, unknown>): void;
}

/**
 * fontkit 1.1.1 as pdf-lib uses it, with two faults of its CFF subsetter mended, without which a
 * subset of a CID-keyed font (as Noto Sans CJK is) is unreadable: it writes the CFF header's offset
 * size from an unrelated field (poppler then rejects the font), and it gives each glyph the last
 * font dictionary added instead of its own (glyphs then decode with another dictionary's subroutines).
 */
const cidSubsetting: typeof fontkit = {
	...fontkit,
	create(buffer, postscriptName) {
		const font = fontkit.create(buffer, postscriptName);
		const subsetting = font as unknown as { createSubset(): CffSubset };
		const createSubset = subsetting.createSubset.bind(font);
		subsetting.createSubset = () => {
			const subset = createSubset();
			if (!subset.cff) return subset;
			subset.cff = Object.create(subset.cff, { length: { value: 4 } }) as CffTable;
			subset.subsetFontdict = function (topDict) {
				const fdArray: Record<string, unknown>[] = [];
				const fds: number[] = [];
				const newIndex = new Map<number, number>();
				const usedSubrs: Record<string, boolean>[] = [];
				for (const gid of this.glyphs) {
					const fd = this.cff.fdForGlyph(gid);
					if (fd == null) continue;
					if (!newIndex.has(fd)) {
						newIndex.set(fd, fdArray.length);
						fdArray.push({ ...this.cff.topDict.FDArray[fd] });
						usedSubrs.push({});
					}
					const index = newIndex.get(fd)!;
					fds.push(index);
					const glyph = this.font.getGlyph(gid);
					void glyph.path; // parsing the glyph records the subroutines it calls
					Object.assign(usedSubrs[index]!, glyph._usedSubrs);
				}
				fdArray.forEach((dict, i) => {
					delete dict.FontName;
					const priv = dict.Private as { Subrs?: unknown[] } | undefined;
					if (priv?.Subrs) dict.Private = { ...priv, Subrs: this.subsetSubrs(priv.Subrs, usedSubrs[i]!) };
				});
				topDict.FDArray = fdArray;
				topDict.FDSelect = { version: 0, fds };
			};
			return subset;
		};
		return font;
	},
};

let face: Uint8Array | undefined;
function fontBytes(): Uint8Array {
	if (face) return face;
	const collection = new Uint8Array(readFileSync(FONT_COLLECTION));
	const faces = (fontkit.create(Buffer.from(collection)) as unknown as { fonts: { postscriptName: string }[] }).fonts;
	const index = faces.findIndex((f) => f.postscriptName === FACE);
	if (index < 0) throw new Error(`${FONT_COLLECTION} has no face ${FACE}: install the Debian package fonts-noto-cjk`);
	return (face = extractFace(collection, index));
}

/**
 * Breaks text into lines no wider than `width`. Chinese breaks between any two characters, except
 * before closing punctuation, which hangs past the margin instead; Latin text breaks at spaces, and
 * a word longer than a line is cut.
 */
export function wrapLines(text: string, width: number, measure: (s: string) => number): string[] {
	const tokens = text.match(/[A-Za-z0-9][\w.,;:!?'’%()\-/]*\s*|\s+|./gsu) ?? [];
	const noLineStart = /^[，。、；：！？）》」』”’…—,.;:!?)]/u;
	const lines: string[] = [];
	let line = '';
	for (const token of tokens) {
		if (line && measure(line + token.trimEnd()) > width && !noLineStart.test(token)) {
			lines.push(line.trimEnd());
			line = token.trimStart();
		} else line += token;
		// Closing punctuation may hang past the margin; a word longer than a line is cut.
		const hangs = () => noLineStart.test(line.slice(-1)) && measure(line.slice(0, -1)) <= width;
		while (measure(line.trimEnd()) > width && line.length > 1 && !hangs()) {
			let cut = line.length - 1;
			while (cut > 1 && measure(line.slice(0, cut)) > width) cut--;
			lines.push(line.slice(0, cut));
			line = line.slice(cut);
		}
	}
	if (line.trim()) lines.push(line.trimEnd());
	return lines;
}

/** Writes the PDF to `path` and returns its size in bytes. */
export async function writeSamplePdf(path: string, { title, paragraphs, lang = 'zh-CN' }: SamplePdf): Promise<number> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(cidSubsetting);
	const font: PDFFont = await doc.embedFont(fontBytes(), { subset: true, customName: FACE });
	doc.setTitle(title, { showInWindowTitleBar: true });
	doc.setLanguage(lang);
	doc.setCreator('invest-promotion-site sample generator');
	doc.setProducer('pdf-lib');
	doc.setCreationDate(FIXED_DATE);
	doc.setModificationDate(FIXED_DATE);

	const textWidth = PAGE.width - 2 * PAGE.margin;
	let page = doc.addPage([PAGE.width, PAGE.height]);
	let y = PAGE.height - PAGE.margin;
	const draw = (text: string, size: number, gapAfter: number) => {
		for (const line of wrapLines(text, textWidth, (s) => font.widthOfTextAtSize(s, size))) {
			if (y - size < PAGE.margin) {
				page = doc.addPage([PAGE.width, PAGE.height]);
				y = PAGE.height - PAGE.margin;
			}
			y -= size;
			page.drawText(line, { x: PAGE.margin, y, size, font, color: rgb(0.1, 0.1, 0.1) });
			y -= size * (LEADING - 1);
		}
		y -= gapAfter;
	};
	draw(title, TITLE_SIZE, BODY_SIZE);
	for (const paragraph of paragraphs) draw(paragraph, BODY_SIZE, BODY_SIZE * 0.6);

	const bytes = await doc.save();
	writeFileSync(path, bytes);
	return bytes.length;
}
