/**
 * Our wording for Decap's interface (cms/admin/phrases.ts) replaces phrases of the Decap version in
 * node_modules. Decap ships its locales only inside the prebuilt bundle, so the tests read them from
 * there: every replaced phrase must still be Decap's, word for word and at the same key, so that an
 * upgrade that renames or rewrites one fails here and gets a fresh look; and every replacement must
 * keep Decap's placeholders, or the message would lose the field, the count or the error details.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { mergePhrases, registerUiPhrases } from './locale.ts';
import { UI_PHRASES, type PhraseTree } from './phrases.ts';

type LocaleName = keyof typeof UI_PHRASES;

/** A phrase missing from Decap's zh_Hans, which Decap then shows in English. */
const untranslated = (en: string) => ({ en });

/** The Decap phrase each override replaces, as Decap 3.16 ships it. */
const ORIGINALS: Record<LocaleName, Record<string, string | { en: string }>> = {
	zh_Hans: {
		'app.header.workflow': '工作流',
		'app.header.media': '媒体',
		'app.app.errorHeader': '加载 CMS 配置时发生错误',
		'app.app.checkConfigYml': '请检查 config.yml 文件是否配置正确',
		'app.app.waitingBackend': '等待 backend 数据...',
		'collection.sidebar.collections': '集合',
		'collection.sidebar.allCollections': '所有集合',
		'collection.sidebar.searchAll': '查找所有...',
		'collection.sidebar.searchIn': '查找',
		'collection.collectionTop.viewAsList': untranslated('List view option'),
		'collection.collectionTop.viewAsGrid': untranslated('Grid view option'),
		'collection.collectionTop.newButtonAriaLabel': '创建“%{collectionLabel}”类型的内容',
		'collection.collectionTop.searchResultsInCollection': '在%{collection}中有关“%{searchTerm}”的搜索结果',
		'collection.entries.loadingEntries': '正在加载内容...',
		'collection.entries.cachingEntries': '正在缓存内容...',
		'collection.entries.noEntries': '暂无内容',
		'collection.entries.unpublishedHeader': untranslated('Unpublished Entries'),
		'editor.editorControl.field.optional': '可选',
		'editor.editorControlPane.widget.regexPattern': '“%{fieldLabel}”不满足模式%{pattern}',
		'editor.editorControlPane.widget.range': '“%{fieldLabel}”必须位于 %{minValue} 和 %{maxValue} 之间',
		'editor.editorControlPane.widget.min': '“%{fieldLabel}”必须至少为 %{minValue}',
		'editor.editorControlPane.widget.max': '“%{fieldLabel}”必须小于等于 %{maxValue}',
		'editor.editorControlPane.widget.rangeCount': '“%{fieldLabel}”必须包含 %{minCount} 到 %{maxCount} 个项目',
		'editor.editorControlPane.widget.rangeCountExact': '“%{fieldLabel}”必须且只能包含 %{count} 个项目',
		'editor.editorControlPane.widget.rangeMin': untranslated('%{fieldLabel} must be at least %{minCount} item(s).'),
		'editor.editorControlPane.widget.rangeMax': untranslated('%{fieldLabel} must be %{maxCount} or less item(s).'),
		'editor.editorControlPane.i18n.writingInLocale': '正在使用%{locale}撰写',
		'editor.editorControlPane.i18n.copyFromLocale': '用其他语言进行填充',
		'editor.editorControlPane.i18n.copyFromLocaleConfirm': '你确定要用“%{locale}”进行填充吗？\n这将会覆盖所有现有的内容。',
		'editor.editor.onLeavePage': '你确定要离开此页面吗？',
		'editor.editor.onUpdatingWithUnsavedChanges': '你有尚未保存的修改，请在更新状态前进行保存',
		'editor.editor.onPublishingNotReady': '请在发布之前将状态更新为“就绪”',
		'editor.editor.onPublishingWithUnsavedChanges': '你有尚未保存的修改，请在发布前进行保存',
		'editor.editor.onPublishing': '你确定要发布此内容吗？',
		'editor.editor.onUnpublishing': '你确定要撤销发布此内容吗？',
		'editor.editor.onDeleteWithUnsavedChanges': '你确定要删除这个已经发布的内容，以及当前尚未保存的修改吗？',
		'editor.editor.onDeletePublishedEntry': '你确定要删除这个已经发布的内容吗？',
		'editor.editor.onDeleteUnpublishedChangesWithUnsavedChanges': '此内容所有未被发布的修改，以及当前尚未保存的修改都将被删除，你确定吗？',
		'editor.editor.onDeleteUnpublishedChanges': '此内容所有未被发布的修改都将被删除，你确定吗？',
		'editor.editor.loadingEntry': '正在加载内容...',
		'editor.editor.confirmLoadBackup': '发现了一个对应此内容的本地备份，你要加载它吗？',
		'editor.editorInterface.toggleI18n': '打开/关闭国际化',
		'editor.editorInterface.togglePreview': '打开/关闭预览',
		'editor.editorToolbar.duplicate': '复制',
		'editor.editorToolbar.publishAndCreateNew': '发布，然后新建内容',
		'editor.editorToolbar.publishAndDuplicate': '发布，然后复制内容',
		'editor.editorToolbar.deleteUnpublishedEntry': '删除未发布的内容',
		'editor.editorToolbar.deletePublishedEntry': '删除已发布的内容',
		'editor.editorToolbar.deleteEntry': '删除内容',
		'editor.editorToolbar.statusInfoTooltipDraft': untranslated(
			'Entry status is set to draft. To finalize and submit it for review, set the status to ‘In review’'
		),
		'editor.editorToolbar.statusInfoTooltipInReview': untranslated(
			'Entry is being reviewed, no further actions are required. However, you can still make additional changes while it is being reviewed.'
		),
		'editor.editorToolbar.status': '状态: %{status}',
		'editor.editorToolbar.backCollection': '正在集合“%{collectionLabel}”中编写',
		'editor.editorToolbar.unsavedChanges': '含未保存的修改',
		'editor.editorToolbar.deployPreviewPendingButtonLabel': '点击以预览',
		'editor.editorToolbar.deployButtonLabel': '查看发布',
		'editor.editorWidgets.markdown.linkPrompt': '输入链接的 URL',
		'editor.editorWidgets.markdown.bulletedList': '无序列表',
		'editor.editorWidgets.markdown.numberedList': '有序列表',
		'editor.editorWidgets.markdown.addComponent': '添加组件',
		'editor.editorWidgets.markdown.richText': '富文本',
		'editor.editorWidgets.markdown.toggleMode.rich': untranslated('Toggle to rich text mode'),
		'editor.editorWidgets.markdown.toggleMode.markdown': untranslated('Toggle to markdown mode'),
		'editor.editorWidgets.datetime.setToNow': untranslated('Set %{fieldLabel} to now'),
		'editor.editorWidgets.object.expand': untranslated('Expand'),
		'editor.editorWidgets.object.collapse': untranslated('Collapse'),
		'mediaLibrary.mediaLibraryCard.copyUrl': '复制 URL',
		'mediaLibrary.mediaLibraryCard.copyName': '复制名称',
		'mediaLibrary.mediaLibrary.onDelete': '你确定要删除此媒体项目吗？',
		'mediaLibrary.mediaLibrary.fileTooLarge': '文件体积过大\n目前的配置中不允许文件体积超过 %{size} kB',
		'mediaLibrary.mediaLibraryModal.close': untranslated('Close'),
		'mediaLibrary.mediaLibraryModal.noAssetsFound': '未找到资源',
		'mediaLibrary.mediaLibraryModal.mediaAssets': '媒体资源',
		'mediaLibrary.mediaLibraryModal.deleting': '正在下载...',
		'mediaLibrary.mediaLibraryModal.deleteSelected': '删除已选中项目',
		'mediaLibrary.mediaLibraryModal.chooseSelected': '选用已选中项目',
		'ui.errorBoundary.details': '程序发生了一个错误，请',
		'ui.errorBoundary.reportIt': '在 Github 上发布一个 Issue',
		'ui.errorBoundary.privacyWarning': '发布一个 Issue 会将错误信息和调试数据预置其中\n请确保这些信息是正确的，同时移除那些敏感数据',
		'ui.errorBoundary.recoveredEntry.heading': '已恢复的文档',
		'ui.errorBoundary.recoveredEntry.warning': '请在切换至其他页面之前，将它复制并粘贴到某个地方',
		'ui.settingsDropdown.logOut': '注销',
		'ui.settingsDropdown.account': untranslated('Account options dropdown'),
		'ui.toast.onFailToLoadEntries': '加载内容失败: %{details}',
		'ui.toast.onFailToLoadDeployPreview': '加载预览失败: %{details}',
		'ui.toast.onFailToPersist': '保存内容失败: %{details}',
		'ui.toast.onFailToDelete': '删除内容失败: %{details}',
		'ui.toast.onFailToUpdateStatus': '更新状态失败: %{details}',
		'ui.toast.missingRequiredField': '你漏掉了一个必填项，请在保存之前将它填写好',
		'ui.toast.entrySaved': '内容已保存',
		'ui.toast.entryPublished': '内容已发布',
		'ui.toast.entryUnpublished': '内容已撤销发布',
		'ui.toast.onFailToPublishEntry': '发布失败: %{details}',
		'ui.toast.onFailToUnpublishEntry': '撤销发布失败: %{details}',
		'ui.toast.entryUpdated': '内容状态已更新',
		'ui.toast.onLoggedOut': '你已注销，请先保存好数据然后再次登录',
		'ui.toast.onBackendDown': 'Backend 服务已中断，欲知详情请查看：%{details}',
		'workflow.workflow.loading': '正在加载编辑工作流项目',
		'workflow.workflow.workflowHeading': '编辑工作流',
		'workflow.workflow.newPost': '新建帖子',
		'workflow.workflow.description':
			'%{smart_count} 个待审查的内容、%{readyCount} 个已就绪的内容 |||| %{smart_count} 个待检查的内容、%{readyCount} 个已就绪的内容',
		'workflow.workflow.dateFormat': 'MMMM D',
		'workflow.workflowCard.lastChange': '%{date} 由 %{author} 修改',
		'workflow.workflowCard.lastChangeNoDate': '由 %{author} 修改',
		'workflow.workflowCard.deleteNewEntry': '删除新内容',
		'workflow.workflowCard.publishNewEntry': '发布新内容',
		'workflow.workflowList.onDeleteEntry': '你确定要删除此内容吗？',
		'workflow.workflowList.onPublishingNotReadyEntry': '只有状态为“就绪”的项目才能被发布。需要先将卡片拖动到“就绪”一列才能发布',
		'workflow.workflowList.onPublishEntry': '你确定要发布此内容吗？',
		'workflow.workflowList.inReviewHeader': '审查中',
		'workflow.workflowList.currentEntries': '%{smart_count} 个内容 |||| %{smart_count} 个内容',
	},
	en: {
		'app.app.checkConfigYml': 'Check your config.yml file.',
		'app.app.waitingBackend': 'Waiting for backend...',
		'collection.entries.cachingEntries': 'Caching Entries...',
		'editor.editorControlPane.widget.regexPattern': "%{fieldLabel} didn't match the pattern: %{pattern}.",
		'editor.editorControlPane.i18n.copyFromLocale': 'Fill in from another locale',
		'editor.editorControlPane.i18n.copyFromLocaleConfirm':
			'Do you want to fill in data from %{locale} locale?\nAll existing content will be overwritten.',
		'editor.editorInterface.toggleI18n': 'Toggle i18n',
		'mediaLibrary.mediaLibrary.fileTooLarge': 'File too large.\nConfigured to not allow files greater than %{size} kB.',
		'mediaLibrary.mediaLibraryModal.noAssetsFound': 'No assets found.',
		'ui.errorBoundary.reportIt': 'open an issue on GitHub.',
		'ui.errorBoundary.privacyWarning':
			'Opening an issue pre-populates it with the error message and debugging data.\nPlease verify the information is correct and remove sensitive data if exists.',
		'ui.toast.onFailToPersist': 'Failed to persist entry: %{details}',
		'ui.toast.onBackendDown': 'The backend service is experiencing an outage. See %{details} for more information',
	},
};

const BUNDLE = readFileSync('node_modules/decap-cms/dist/decap-cms.js', 'utf8');

/** The object literal that starts at `start`, skipping braces inside strings. */
function literalAt(text: string, start: number): string {
	let depth = 0;
	for (let i = start; i < text.length; i++) {
		const c = text[i];
		if (c === '"' || c === "'" || c === '`') {
			for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
		} else if (c === '{') depth++;
		else if (c === '}' && --depth === 0) return text.slice(start, i + 1);
	}
	throw new Error(`unterminated object literal at ${start}`);
}

/** Decap's phrases for `name` as the bundle registers them (decap-cms-locales exports `name: () => variable`). */
function bundledLocale(name: LocaleName): PhraseTree {
	const variable = new RegExp(`[,{]${name}:\\(\\)=>([\\w$]+)`).exec(BUNDLE)?.[1];
	if (!variable) throw new Error(`no export of the ${name} locale in decap-cms.js`);
	const definition = new RegExp(`(?:^|[^\\w$])${variable.replace(/\$/g, '\\$')}=\\{auth:`).exec(BUNDLE);
	if (!definition) throw new Error(`no definition of the ${name} locale (${variable}) in decap-cms.js`);
	const literal = literalAt(BUNDLE, definition.index + definition[0].length - '{auth:'.length);
	// A plain literal of strings and objects; evaluated in an empty context and copied out of it.
	return JSON.parse(JSON.stringify(vm.runInNewContext(`(${literal})`, {}))) as PhraseTree;
}

const BUNDLED: Record<LocaleName, PhraseTree> = { zh_Hans: bundledLocale('zh_Hans'), en: bundledLocale('en') };
const LOCALES = Object.keys(UI_PHRASES) as LocaleName[];

function flatten(tree: PhraseTree, prefix = ''): Record<string, string> {
	return Object.fromEntries(
		Object.entries(tree).flatMap(([key, value]) =>
			typeof value === 'string' ? [[prefix + key, value]] : Object.entries(flatten(value, `${prefix}${key}.`))
		)
	);
}

const at = (tree: PhraseTree, path: string): unknown =>
	path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as PhraseTree)[key] : undefined), tree);

const placeholders = (phrase: string) => [...new Set([...phrase.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]))].sort();
const pluralForms = (phrase: string) => phrase.split('||||').length;
const originalText = (original: string | { en: string }) => (typeof original === 'string' ? original : original.en);
// Placeholder names are Decap's identifiers and never shown.
const shown = (phrase: string) => phrase.replace(/%\{\w+\}/g, '');

describe.each(LOCALES)('%s overrides', (locale) => {
	const overrides = flatten(UI_PHRASES[locale]);

	it('list the replaced original beside every override', () => {
		expect(Object.keys(overrides).sort()).toEqual(Object.keys(ORIGINALS[locale]).sort());
	});

	it('replace phrases the bundled Decap still has, word for word', () => {
		for (const [path, original] of Object.entries(ORIGINALS[locale])) {
			if (typeof original === 'string') {
				expect(at(BUNDLED[locale], path), `${locale} ${path}`).toBe(original);
			} else {
				// Added because Decap's zh_Hans lacks it: once Decap translates it, review ours against theirs.
				expect(at(BUNDLED[locale], path), `${locale} ${path} is no longer missing`).toBeUndefined();
				expect(at(BUNDLED.en, path), `en ${path}`).toBe(original.en);
			}
		}
	});

	it('keep exactly the placeholders and plural forms of the original', () => {
		for (const [path, phrase] of Object.entries(overrides)) {
			const original = ORIGINALS[locale][path];
			if (original === undefined) continue;
			expect(placeholders(phrase), `${locale} ${path}`).toEqual(placeholders(originalText(original)));
			expect(pluralForms(phrase), `${locale} ${path}`).toBe(pluralForms(originalText(original)));
		}
	});
});

describe('zh_Hans wording', () => {
	it('shows no locale code and none of Decap’s jargon in our phrases', () => {
		for (const [path, phrase] of Object.entries(flatten(UI_PHRASES.zh_Hans))) {
			expect(shown(phrase), path).not.toMatch(/\b[a-z]{2}[-_][a-z]{2,4}\b/i);
			expect(shown(phrase), path).not.toMatch(/集合|帖子|模式|审查/);
		}
	});

	it('leaves none of that jargon in the merged locale', () => {
		for (const [path, phrase] of Object.entries(flatten(mergePhrases(BUNDLED.zh_Hans, UI_PHRASES.zh_Hans)))) {
			expect(phrase, path).not.toMatch(/集合|帖子|模式|审查/);
		}
	});
});

describe('en wording', () => {
	it('uses no developer terms in our phrases', () => {
		for (const [path, phrase] of Object.entries(flatten(UI_PHRASES.en))) {
			expect(shown(phrase), path).not.toMatch(/\b(pattern|locale|i18n|persist|backend|assets?|issue)\b|config\.yml/i);
		}
	});
});

describe('registerUiPhrases', () => {
	it('registers each locale with our phrases over Decap’s and every other phrase intact', () => {
		const registered: Record<string, unknown> = { zh_Hans: structuredClone(BUNDLED.zh_Hans), en: structuredClone(BUNDLED.en) };
		registerUiPhrases({ getLocale: (name) => registered[name], registerLocale: (name, phrases) => (registered[name] = phrases) });
		for (const locale of LOCALES) {
			const before = flatten(BUNDLED[locale]);
			const after = flatten(registered[locale] as PhraseTree);
			const overrides = flatten(UI_PHRASES[locale]);
			expect(after).toEqual({ ...before, ...overrides });
		}
	});

	it('leaves the phrase tree it was given unchanged', () => {
		const base = structuredClone(BUNDLED.zh_Hans);
		mergePhrases(base, UI_PHRASES.zh_Hans);
		expect(base).toEqual(BUNDLED.zh_Hans);
	});
});

describe('phrases Decap does not let us translate', () => {
	it('still asks in English before replacing an uploaded file (actions/mediaLibrary persistMedia)', () => {
		// If this fails, Decap may have moved the question into its locales: translate it in phrases.ts.
		expect(BUNDLE).toContain('already exists. Do you want to replace it?');
	});
});
