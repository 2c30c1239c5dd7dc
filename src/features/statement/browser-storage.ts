/**
 * Everything the public site keeps in a visitor's browser, for the website statement (网站声明):
 * the keys are the ones the code writes, so the statement cannot name a key the site does not use.
 * The site sets no cookies and loads no analytics; a new use of storage is added here.
 */
import type { UIKey } from '../../i18n/translate.ts';
import { CARE_MODE_KEY } from '../layout/care-mode.ts';
import { STORAGE_KEY as SHORTLIST_KEY } from '../shortlist/shortlist.ts';

export interface StoredItem {
	/** The localStorage key. */
	key: string;
	/** What it holds and why, in the page's language. */
	purpose: UIKey;
}

export const BROWSER_STORAGE: readonly StoredItem[] = [
	{ key: SHORTLIST_KEY, purpose: 'statement.shortlist' },
	{ key: CARE_MODE_KEY, purpose: 'statement.care' },
];
