/**
 * Every internal link, anchor, image, script, stylesheet and attachment in the built site resolves,
 * in both languages: the same reading of dist/ as the self-inspection's (src/features/inspect/).
 */
import { describe, expect, it } from 'vitest';
import { readBuiltSite } from '../../src/features/inspect/built-site.ts';
import { DIST } from './dist-files.ts';

const site = readBuiltSite(DIST);

describe('internal links', () => {
	it('finds the built site', () => {
		expect(site.pages).toBeGreaterThan(50);
	});

	it('all resolve, with their anchors', () => {
		const broken = site.brokenLinks.map((l) => `${l.page} → ${l.ref}${l.missingAnchor ? ` (no #${l.missingAnchor})` : ''}`);
		expect(broken).toEqual([]);
	});
});
