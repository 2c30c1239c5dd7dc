/**
 * Inlines the subroutines of CFF Type 2 charstrings (Adobe TN 5177). A CJK font shares outline
 * pieces between tens of thousands of glyphs through subroutines: a subset that keeps them keeps
 * an index entry for each (fontkit keeps every one, emptied), which costs Noto Sans CJK about 90 KB
 * for a single glyph. A subset whose glyphs carry their whole outline needs no subroutines at all.
 */

/** A font's subroutines as stored: each a byte string ending in `return` or `endchar`. */
export interface Subroutines {
	global: readonly Uint8Array[];
	local: readonly Uint8Array[];
}

const OP = { hstem: 1, vstem: 3, escape: 12, callsubr: 10, return: 11, endchar: 14, hstemhm: 18, hintmask: 19, cntrmask: 20 } as const;
const OP_VSTEMHM = 23;
const OP_CALLGSUBR = 29;
const STEM_OPERATORS: readonly number[] = [OP.hstem, OP.vstem, OP.hstemhm, OP_VSTEMHM];

/** The bias added to a subroutine number (TN 5177, “Local/Global Subrs INDEXes”). */
export const subrBias = (count: number) => (count < 1240 ? 107 : count < 33900 ? 1131 : 32768);

/** The length in bytes of the number that starts at `b0`, or 0 when `b0` starts an operator. */
function numberLength(b0: number): number {
	if (b0 === 28) return 3;
	if (b0 >= 32 && b0 <= 246) return 1;
	if (b0 >= 247 && b0 <= 254) return 2;
	if (b0 === 255) return 5;
	return 0;
}

/** The integer a number encodes; subroutine numbers are never the 16.16 fixed form (b0 = 255). */
function integerValue(bytes: Uint8Array): number {
	const b0 = bytes[0]!;
	if (b0 === 28) return ((bytes[1]! << 24) | (bytes[2]! << 16)) >> 16;
	if (b0 <= 246) return b0 - 139;
	if (b0 <= 250) return (b0 - 247) * 256 + bytes[1]! + 108;
	if (b0 <= 254) return -(b0 - 251) * 256 - bytes[1]! - 108;
	throw new Error('a subroutine number in 16.16 fixed form');
}

/**
 * The charstring with every `callsubr` and `callgsubr` replaced by the subroutine it calls, so it
 * draws the same outline without subroutines.
 */
export function inlineSubroutines(charstring: Uint8Array, subrs: Subroutines): Uint8Array {
	const out: number[] = [];
	// Bytes in `out` where each operand on the stack starts: a call takes its number off again.
	const operands: number[] = [];
	// Counting stems tells how many bytes follow a hintmask or cntrmask.
	let stems = 0;
	let ended = false;
	const biases = { global: subrBias(subrs.global.length), local: subrBias(subrs.local.length) };

	const run = (code: Uint8Array, depth: number) => {
		// TN 5177 limits nesting to 10 levels.
		if (depth > 10) throw new Error('subroutines nested deeper than 10 levels');
		let i = 0;
		while (i < code.length && !ended) {
			const b0 = code[i]!;
			const length = numberLength(b0);
			if (length) {
				operands.push(out.length);
				out.push(...code.subarray(i, i + length));
				i += length;
				continue;
			}
			i++;
			if (b0 === OP.callsubr || b0 === OP_CALLGSUBR) {
				const start = operands.pop();
				if (start === undefined) throw new Error('a subroutine call without its number');
				const n = integerValue(Uint8Array.from(out.splice(start)));
				const [list, bias] = b0 === OP.callsubr ? [subrs.local, biases.local] : [subrs.global, biases.global];
				const subr = list[n + bias];
				if (!subr) throw new Error(`a call of subroutine ${n + bias}, which does not exist`);
				run(subr, depth + 1);
				continue;
			}
			if (b0 === OP.return) return;
			if (b0 === OP.escape) {
				out.push(b0, code[i]!);
				i++;
				operands.length = 0;
				continue;
			}
			if (STEM_OPERATORS.includes(b0) || b0 === OP.hintmask || b0 === OP.cntrmask) {
				// Stems come in pairs; an odd operand first is the glyph's width. Operands before a mask are vstems.
				stems += operands.length >> 1;
			}
			out.push(b0);
			if (b0 === OP.hintmask || b0 === OP.cntrmask) {
				const maskBytes = Math.ceil(stems / 8);
				out.push(...code.subarray(i, i + maskBytes));
				i += maskBytes;
			}
			operands.length = 0;
			if (b0 === OP.endchar) ended = true;
		}
	};
	run(charstring, 0);
	return Uint8Array.from(out);
}
