/** The parts of fontkit 2 (no types of its own) that the sample PDFs use, internals of its CFF subset included. */
declare module 'fontkit' {
	interface CffIndexEntry {
		offset: number;
		length: number;
	}
	interface CffTable {
		stream: { pos: number; readBuffer(length: number): Uint8Array };
		globalSubrIndex?: CffIndexEntry[];
		topDict: { FDArray?: { Private?: { Subrs?: CffIndexEntry[] } | null }[]; Private?: { Subrs?: CffIndexEntry[] } | null };
		getCharString(gid: number): Uint8Array;
		privateDictForGlyph(gid: number): { Subrs?: CffIndexEntry[] } | null;
	}
	interface CffSubset {
		cff: CffTable;
		glyphs: number[];
		charstrings: Uint8Array[];
		gsubrs: Uint8Array[];
		subsetCharstrings(): void;
		subsetSubrs(subrs: unknown, used: unknown): Uint8Array[];
		includeGlyph(glyph: number | { id: number }): number;
		encode(): Uint8Array;
	}
	interface Font {
		postscriptName: string;
		'CFF '?: CffTable;
		createSubset(): CffSubset;
	}
	export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
