/** Decap's interface in the bureau's wording (phrases.ts), and the content's languages by name. */
import { UI_PHRASES, type PhraseTree } from './phrases.ts';

const isTree = (value: unknown): value is PhraseTree => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A copy of `base` with `overrides` merged in at every depth; `base` itself is left unchanged. */
export function mergePhrases(base: unknown, overrides: PhraseTree): PhraseTree {
	const merged: PhraseTree = isTree(base) ? { ...base } : {};
	for (const [key, value] of Object.entries(overrides)) merged[key] = isTree(value) ? mergePhrases(merged[key], value) : value;
	return merged;
}

/** Merges UI_PHRASES into Decap's registered locales; call after decap-cms.js has loaded, before CMS.init. */
export function registerUiPhrases(cms: { getLocale(name: string): unknown; registerLocale(name: string, phrases: unknown): void }): void {
	for (const [name, overrides] of Object.entries(UI_PHRASES)) {
		const registered = cms.getLocale(name);
		// Decap registers its locales when its bundle runs; one registered earlier would be replaced then.
		if (!isTree(registered)) console.warn(`Decap has no "${name}" locale yet: register the phrases after decap-cms.js has loaded.`);
		// Decap reads the phrases on CMS.init, over English, so a partial locale still works.
		cms.registerLocale(name, mergePhrases(registered, overrides));
	}
}

/** What editors call the content's languages, in each UI language. */
const LANGUAGE_NAMES: Record<'zh-CN' | 'en', Record<string, string>> = {
	'zh-CN': { 'zh-CN': '中文', en: '英文' },
	en: { 'zh-CN': 'Chinese', en: 'English' },
};

/**
 * Decap names the content's languages by their codes (正在编辑：ZH-CN, a menu of zh-CN and en); no
 * phrase can change that. Text nodes that end in a code get the language's name instead, whenever
 * Decap draws them.
 */
export function nameLanguages(ui: 'zh-CN' | 'en'): void {
	const names = LANGUAGE_NAMES[ui];
	const codes = new Map(
		Object.entries(names).flatMap(
			([code, name]) =>
				[
					[code, name],
					[code.toUpperCase(), name],
				] as [string, string][]
		)
	);
	const pattern = new RegExp(`(^|[\\s：:])(${[...codes.keys()].join('|')})$`);
	const rename = (node: Node) => {
		if (node.nodeType !== Node.TEXT_NODE || !node.parentElement?.closest('button, [role="menuitem"], [role="button"]')) return;
		const match = pattern.exec(node.nodeValue ?? '');
		if (match) node.nodeValue = (node.nodeValue ?? '').slice(0, match.index) + match[1] + codes.get(match[2]!);
	};
	const walk = (root: Node) => {
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) rename(node);
	};
	new MutationObserver((records) => {
		for (const record of records) {
			if (record.type === 'characterData') rename(record.target);
			else record.addedNodes.forEach(walk);
		}
	}).observe(document.body, { childList: true, subtree: true, characterData: true });
}
