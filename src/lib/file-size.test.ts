import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size.ts';

describe('formatFileSize', () => {
	it('shows bytes, kilobytes and megabytes as a reader expects next to a link', () => {
		expect(formatFileSize(820)).toBe('820 B');
		expect(formatFileSize(1024)).toBe('1 KB');
		expect(formatFileSize(75_008)).toBe('73 KB');
		expect(formatFileSize(1024 * 1024 - 1)).toBe('1024 KB');
		expect(formatFileSize(1024 * 1024)).toBe('1 MB');
		expect(formatFileSize(1.25 * 1024 * 1024)).toBe('1.3 MB');
		expect(formatFileSize(23.6 * 1024 * 1024)).toBe('24 MB');
	});
});
