/**
 * Guards around Decap's media library, where a click used to lose published files:
 * - a published file is never deleted from the library, which commits straight to the live branch
 *   outside the editorial workflow; an editor removes it from the entry instead, and publishing
 *   that change takes it off the site;
 * - an upload never replaces a file of the same name (replacing deletes the old one, published or
 *   not): it is saved under a free name, `附件-2.pdf`;
 * - a name that Decap would reduce to nothing (`?.pdf` → `.pdf`, a hidden file) gets a readable one;
 * - the same bytes are not uploaded twice into one entry, where Decap would keep only one of them.
 * Decap asks `window.confirm` before deleting and before replacing; those two questions are where
 * we step in.
 */
import type { Bilingual, Locale } from '../../src/schema/fields.ts';
import { decap } from './decap.ts';

const PUBLISHED_FILE: Bilingual = {
	'zh-CN':
		'已发布的文件不能在这里删除：这样会绕过审核，直接从网站上删掉它。请在条目里删去使用这个文件的附件或图片并保存；这项修改发布后，网站就不再提供这个文件。',
	en: 'A published file cannot be deleted here: that would take it off the live site without review. Remove the attachment or image that uses it from its entry and save; once that change is published, the site no longer offers the file.',
};
const FALLBACK_NAME: Bilingual = { 'zh-CN': '附件', en: 'attachment' };
const SAME_CONTENT = (name: string): Bilingual => ({
	'zh-CN': `这个文件与本条目已有的“${name}”内容完全相同，没有再上传一份。需要时请直接选用“${name}”。`,
	en: `This file has the same content as “${name}”, which the entry already has, so it was not uploaded again. Choose “${name}” instead.`,
});

/** Decap keeps letters, digits, `-_.~` and non-ASCII characters of a file name (slug encoding `unicode`). */
const KEPT = /[\w~\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF]|[\u{10000}-\u{EFFFD}]/u;
// Control characters are what sanitize-filename, inside Decap, strips.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[/\\?%*:|"<>\u0000-\u001F\u0080-\u009F]/u;

/** The name an upload gets: the file's own, unless Decap would leave no name before the extension. */
export function uploadName(name: string, fallback: string): string {
	const dot = name.lastIndexOf('.');
	const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : dot === 0 ? ['', name] : [name, ''];
	const kept = [...stem].filter((c) => KEPT.test(c) && !UNSAFE.test(c) && c !== '_' && c !== '-').length;
	return kept > 0 ? name : `${fallback}${ext}`;
}

/** The next free variant of a name Decap says exists: 附件.pdf → 附件-2.pdf → 附件-3.pdf. */
export function nextName(name: string): string {
	const dot = name.lastIndexOf('.');
	const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
	const numbered = /^(.*)-(\d+)$/.exec(stem);
	return numbered ? `${numbered[1]}-${Number(numbered[2]) + 1}${ext}` : `${stem}-2${ext}`;
}

/** Whether a card of the media library is the selected one: Decap marks it only by its border colour. */
function isSelected(card: Element): boolean {
	const image = card.firstElementChild;
	return Boolean(image) && getComputedStyle(card).borderTopColor !== getComputedStyle(image!).borderBottomColor;
}

function phrase(decapLocale: string, path: string[]): string | undefined {
	let node: unknown = decap().CMS.getLocale(decapLocale);
	for (const key of path) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
	return typeof node === 'string' ? node : undefined;
}

/** Decap's id of an uploaded file: the SHA-256 of its bytes, in hex. */
async function contentId(file: File): Promise<string> {
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()));
	return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * `entryMedia` gives the files Decap holds for the entry being edited. Decap keys them by their
 * content, so a second upload of the same bytes under another name silently replaces the first in
 * the entry, and only one of them is saved: such an upload is refused with the name to choose instead.
 */
export function guardMedia(ui: Locale, decapLocale: string, entryMedia: () => readonly { id?: string; name?: string }[]): void {
	let lastUpload: { input: HTMLInputElement; file: File } | undefined;
	const checked = new WeakSet<File>();

	const upload = (input: HTMLInputElement, file: File) => {
		checked.add(file);
		const transfer = new DataTransfer();
		transfer.items.add(file);
		input.files = transfer.files;
		input.dispatchEvent(new Event('change', { bubbles: true }));
	};

	// Runs before React's handler reads the file. A file is first held back, checked, and then handed
	// to Decap under the name it should have.
	document.addEventListener(
		'change',
		(event) => {
			const input = event.target;
			if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files?.[0]) return;
			const file = input.files[0];
			if (checked.has(file)) {
				lastUpload = { input, file };
				return;
			}
			event.stopImmediatePropagation();
			void contentId(file).then((id) => {
				const same = entryMedia().find((m) => m.id === id);
				if (same) return window.alert(SAME_CONTENT(same.name ?? '')[ui]);
				const name = uploadName(file.name, FALLBACK_NAME[ui]);
				upload(input, name === file.name ? file : new File([file], name, { type: file.type, lastModified: file.lastModified }));
			});
		},
		true
	);

	const ask = window.confirm.bind(window);
	window.confirm = (message?: string) => {
		const text = String(message ?? '');
		const existing = / already exists\. Do you want to replace it\?$/.exec(text) && lastUpload;
		if (existing) {
			const { input, file } = existing;
			const renamed = new File([file], nextName(text.replace(/ already exists\. Do you want to replace it\?$/, '')), {
				type: file.type,
				lastModified: file.lastModified,
			});
			setTimeout(() => upload(input, renamed));
			return false;
		}
		if (text === phrase(decapLocale, ['mediaLibrary', 'mediaLibrary', 'onDelete'])) {
			const cards = [...document.querySelectorAll('[class*="-Card"]')].filter((card) => /(^|\s)css-\w+-Card(\s|$)/.test(card.className));
			const selected = cards.filter(isSelected);
			if (selected.some((card) => !card.querySelector('[data-testid="draft-text"]'))) {
				window.alert(PUBLISHED_FILE[ui]);
				return false;
			}
		}
		return ask(text);
	};
}
