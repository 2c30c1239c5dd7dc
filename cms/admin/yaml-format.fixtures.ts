/** The real files in content/ and the steps of a save, shared by the YAML format tests. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Formatter } from './yaml-format.ts';

export type Data = Record<string, unknown>;

export const read = (path: string) => readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8');

export const PARK_ZH = 'parks/kunming-etdz/index.zh-CN.md';
export const PARK_EN = 'parks/kunming-etdz/index.en.md';
export const PROJECT = 'projects/yn-2026-0001/index.zh-CN.md';
export const PROJECT_EN = 'projects/yn-2026-0001/index.en.md';
export const SITE = 'site.yaml';
export const EXPOS = 'taxonomies/expos.yaml';
export const MARKDOWN = [
	PARK_ZH,
	PARK_EN,
	PROJECT,
	PROJECT_EN,
	'projects/yn-2026-0004/index.zh-CN.md',
	'parks/anning-industrial/index.zh-CN.md',
];
export const YAML = [SITE, EXPOS, 'taxonomies/industries.yaml', 'taxonomies/prefectures.yaml'];

// The order of the project fields in src/schema/collections.ts, as Decap passes it to toFile.
export const SORTED_KEYS = (
	'code title summary industry prefecture county park investment cooperation stage landArea construction market conditions returns ' +
	'contact location recommended expos images imageAlts attachments published updated validUntil'
).split(' ');

/** The lines removed and added between two texts, as `git diff` shows them (longest common subsequence). */
export function lineDiff(before: string, after: string): { removed: string[]; added: string[] } {
	const a = before.split('\n');
	const b = after.split('\n');
	const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
	for (let i = a.length - 1; i >= 0; i--) {
		for (let j = b.length - 1; j >= 0; j--)
			lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
	}
	const removed: string[] = [];
	const added: string[] = [];
	let [i, j] = [0, 0];
	while (i < a.length || j < b.length) {
		if (i < a.length && j < b.length && a[i] === b[j]) [i, j] = [i + 1, j + 1];
		else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) added.push(b[j++]!);
		else removed.push(a[i++]!);
	}
	return { removed, added };
}

/** Reads a file as Decap does, with a copy of the data the way the editor hands it back. */
export function open(format: Formatter, path: string): { text: string; data: Data } {
	const text = read(path);
	return { text, data: structuredClone(format.fromFile(text)) };
}

/** Saves, checks that reading the result gives the data back, and returns the text. */
export function save(format: Formatter, data: Data, expected: Data, sortedKeys?: string[]): string {
	const text = format.toFile(structuredClone(data), sortedKeys);
	expect(format.fromFile(text)).toStrictEqual(expected);
	return text;
}
