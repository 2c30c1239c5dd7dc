import { describe, expect, it } from 'vitest';
import { parseIds, readShortlist, shareLink, STORAGE_KEY, toggleId, writeShortlist } from './shortlist.ts';

describe('shortlist', () => {
	it('reads ids from storage and from links, dropping anything else', () => {
		expect(parseIds('["yn-2026-0001","yn-2026-0001","<script>"]')).toEqual(['yn-2026-0001']);
		expect(parseIds('yn-2026-0001, yn-2026-0002,javascript:x')).toEqual(['yn-2026-0001', 'yn-2026-0002']);
		expect(parseIds('{"a":1}')).toEqual([]);
		expect(parseIds('[broken')).toEqual([]);
		expect(parseIds(null)).toEqual([]);
	});

	it('reads codes in any case, as printed or typed', () => {
		expect(parseIds('YN-2026-0041,yn-2026-0041, Yn-2026-0002')).toEqual(['yn-2026-0041', 'yn-2026-0002']);
		expect(parseIds('["YN-2026-0041"]')).toEqual(['yn-2026-0041']);
	});

	it('toggles an id in and out, keeping the order of the rest', () => {
		expect(toggleId(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
		expect(toggleId(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
	});

	it('shares the list as a link', () => {
		expect(shareLink('https://x.example', '/en/shortlist/', ['a', 'b'])).toBe('https://x.example/en/shortlist/?ids=a%2Cb');
	});

	it('stores the list and survives storage that refuses', () => {
		const data = new Map<string, string>();
		const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
		writeShortlist(storage, ['a', 'b']);
		expect(data.get(STORAGE_KEY)).toBe('["a","b"]');
		expect(readShortlist(storage)).toEqual(['a', 'b']);
		const broken = {
			getItem: () => {
				throw new Error('denied');
			},
			setItem: () => {
				throw new Error('denied');
			},
		};
		expect(readShortlist(broken)).toEqual([]);
		expect(() => writeShortlist(broken, ['a'])).not.toThrow();
	});
});
