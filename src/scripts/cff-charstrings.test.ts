import { describe, expect, it } from 'vitest';
import { inlineSubroutines, subrBias } from './cff-charstrings.ts';

/** A small integer as a one-byte Type 2 operand. */
const n = (v: number) => v + 139;
const RMOVETO = 21;
const RLINETO = 5;
const HSTEM = 1;
const VSTEM = 3;
const HINTMASK = 19;
const CALLSUBR = 10;
const CALLGSUBR = 29;
const RETURN = 11;
const ENDCHAR = 14;
const bytes = (...b: number[]) => Uint8Array.from(b);

describe('inlining CFF subroutines', () => {
	it('replaces local and global calls, nested ones too, and their numbers by the subroutines’ code', () => {
		// Subroutine numbers are stored minus the bias, 107 for short lists: global 1 calls global 0.
		const local = [bytes(n(30), n(40), RLINETO, RETURN)];
		const global = [bytes(n(1), n(2), RLINETO, RETURN), bytes(n(0 - 107), CALLGSUBR, RETURN)];
		const glyph = bytes(n(10), n(20), RMOVETO, n(0 - 107), CALLSUBR, n(1 - 107), CALLGSUBR, ENDCHAR);
		expect([...inlineSubroutines(glyph, { local, global })]).toEqual([
			n(10),
			n(20),
			RMOVETO,
			n(30),
			n(40),
			RLINETO,
			n(1),
			n(2),
			RLINETO,
			ENDCHAR,
		]);
	});

	it('copies a hintmask’s mask bytes untouched, however they read as operators', () => {
		// Three stems take one mask byte; 0x0a would be a callsubr if read as code.
		const glyph = bytes(n(0), n(10), n(20), n(10), HSTEM, n(5), n(10), VSTEM, HINTMASK, 0x0a, n(1), n(1), RMOVETO, ENDCHAR);
		expect([...inlineSubroutines(glyph, { local: [], global: [] })]).toEqual([...glyph]);
	});

	it('counts stems given implicitly before a hintmask', () => {
		// Nine stems (one hstem pair, eight vstem pairs before the mask) need two mask bytes.
		const vstems = Array.from({ length: 16 }, (_, i) => n(i));
		const glyph = bytes(n(0), n(10), HSTEM, ...vstems, HINTMASK, 0x0a, 0x0e, n(1), n(1), RMOVETO, ENDCHAR);
		expect([...inlineSubroutines(glyph, { local: [], global: [] })]).toEqual([...glyph]);
	});

	it('ends the glyph at an endchar inside a subroutine', () => {
		const local = [bytes(n(1), n(1), RLINETO, ENDCHAR)];
		const glyph = bytes(n(0 - 107), CALLSUBR, n(9), n(9), RLINETO, ENDCHAR);
		expect([...inlineSubroutines(glyph, { local, global: [] })]).toEqual([n(1), n(1), RLINETO, ENDCHAR]);
	});

	it('says which subroutine is missing', () => {
		expect(() => inlineSubroutines(bytes(n(3), CALLSUBR, ENDCHAR), { local: [], global: [] })).toThrow('subroutine 110');
	});

	it('uses the bias TN 5177 gives for the number of subroutines', () => {
		expect([subrBias(0), subrBias(1239), subrBias(1240), subrBias(33899), subrBias(33900)]).toEqual([107, 107, 1131, 1131, 32768]);
	});
});
