/**
 * Decap's interface wording, adjusted for the bureau's editors. Decap's Simplified Chinese reads like
 * developer documentation in places (集合, 帖子, 国际化, 模式, backend), mixes 审查中 and 审核中, calls an
 * entry 内容 or 项目 (项目 here means an investment project), and leaves some newer phrases in English.
 * Only the phrases we change are listed; everything else stays Decap's. One term per concept: 条目
 * (entry), 栏目 (collection), 审核中 (in review), 素材库 (media library).
 *
 * locale.test.ts holds the original of every phrase replaced here and fails when Decap
 * renames or rewrites one, so that an upgrade gets a fresh look at the wording.
 */

/** Decap's phrases as nested objects, mirroring the key paths of its locale files. */
export interface PhraseTree {
	[key: string]: string | PhraseTree;
}

/** Our replacements for Decap's phrases, per Decap locale name; `%{…}` placeholders are Decap's. */
export const UI_PHRASES: { zh_Hans: PhraseTree; en: PhraseTree } = {
	zh_Hans: {
		app: {
			header: {
				workflow: '审核发布',
				// 媒体 reads as "the press" to a bureau; the library holds the entries' images and files.
				media: '素材库',
			},
			app: {
				errorHeader: '加载后台配置时出错',
				// Our configuration is generated from src/schema; there is no config.yml an editor could check.
				checkConfigYml: '请联系网站技术人员检查后台配置',
				waitingBackend: '正在连接服务器...',
			},
		},
		collection: {
			sidebar: {
				collections: '栏目',
				allCollections: '全部栏目',
				searchAll: '搜索全部栏目...',
				searchIn: '搜索范围',
			},
			collectionTop: {
				viewAsList: '列表视图',
				viewAsGrid: '网格视图',
				newButtonAriaLabel: '新建%{collectionLabel}',
				searchResultsInCollection: '“%{collection}”栏目中“%{searchTerm}”的搜索结果',
			},
			entries: {
				loadingEntries: '正在加载条目...',
				cachingEntries: '正在准备条目列表...',
				noEntries: '暂无条目',
				unpublishedHeader: '未发布的条目',
			},
		},
		editor: {
			editorControl: {
				// Pairs with 必填 in the required-field message, as on paper forms.
				field: { optional: '选填' },
			},
			editorControlPane: {
				widget: {
					// `pattern` is the message from our configuration (e.g. 格式应为…，例如 …), not a regex.
					regexPattern: '“%{fieldLabel}”填写有误：%{pattern}',
					range: '“%{fieldLabel}”应在 %{minValue} 到 %{maxValue} 之间',
					min: '“%{fieldLabel}”不能小于 %{minValue}',
					max: '“%{fieldLabel}”不能大于 %{maxValue}',
					rangeCount: '“%{fieldLabel}”应有 %{minCount} 到 %{maxCount} 项',
					rangeCountExact: '“%{fieldLabel}”应有 %{count} 项',
					// Decap's zh_Hans has no rangeMin/rangeMax (lists with a maximum), so these showed in English.
					rangeMin: '“%{fieldLabel}”至少应有 %{minCount} 项',
					rangeMax: '“%{fieldLabel}”最多只能有 %{maxCount} 项',
				},
				i18n: {
					// Decap fills `locale` with the upper-cased code (ZH-CN, EN); no phrase can turn it into a name.
					writingInLocale: '正在编辑：%{locale}',
					copyFromLocale: '从另一种语言复制',
					copyFromLocaleConfirm: '确定要从 %{locale} 复制内容吗？\n已填写的内容将被覆盖。',
				},
			},
			editor: {
				onLeavePage: '确定要离开此页面吗？',
				onUpdatingWithUnsavedChanges: '有尚未保存的修改，请先保存再更改状态',
				onPublishingNotReady: '请先将状态改为“就绪”再发布',
				onPublishingWithUnsavedChanges: '有尚未保存的修改，请先保存再发布',
				onPublishing: '确定要发布此条目吗？',
				onUnpublishing: '确定要撤销发布此条目吗？',
				onDeleteWithUnsavedChanges: '确定要删除这个已发布的条目以及尚未保存的修改吗？',
				onDeletePublishedEntry: '确定要删除这个已发布的条目吗？',
				onDeleteUnpublishedChangesWithUnsavedChanges: '此条目所有未发布的修改以及尚未保存的修改都将被删除，确定吗？',
				onDeleteUnpublishedChanges: '此条目所有未发布的修改都将被删除，确定吗？',
				loadingEntry: '正在加载条目...',
				confirmLoadBackup: '发现此条目的本地备份，要使用它吗？',
			},
			editorInterface: {
				toggleI18n: '显示/隐藏另一种语言',
				togglePreview: '显示/隐藏预览',
			},
			editorToolbar: {
				duplicate: '复制为新条目',
				publishAndCreateNew: '发布并新建条目',
				publishAndDuplicate: '发布并复制为新条目',
				deleteUnpublishedEntry: '删除未发布的条目',
				deletePublishedEntry: '删除已发布的条目',
				deleteEntry: '删除条目',
				statusInfoTooltipDraft: '条目状态为“草稿”。编辑完成后，请将状态改为“审核中”提交审核。',
				statusInfoTooltipInReview: '条目正在审核中，无需其他操作；审核期间仍可继续修改。',
				status: '状态：%{status}',
				backCollection: '正在“%{collectionLabel}”栏目中编辑',
				unsavedChanges: '有未保存的修改',
				deployPreviewPendingButtonLabel: '检查预览',
				deployButtonLabel: '查看线上页面',
			},
			editorWidgets: {
				markdown: {
					linkPrompt: '请输入链接地址',
					// Word's and WPS's names for these lists.
					bulletedList: '项目符号列表',
					numberedList: '编号列表',
					addComponent: '插入',
					richText: '可视化编辑',
					toggleMode: {
						rich: '切换到可视化编辑',
						markdown: '切换到 Markdown 编辑',
					},
				},
				datetime: { setToNow: '将“%{fieldLabel}”设为当前时间' },
				object: { expand: '展开', collapse: '收起' },
			},
		},
		mediaLibrary: {
			mediaLibraryCard: {
				copyUrl: '复制网址',
				copyName: '复制文件名',
			},
			mediaLibrary: {
				onDelete: '确定要删除选中的文件吗？',
				fileTooLarge: '文件过大。\n文件大小不能超过 %{size} kB。',
			},
			mediaLibraryModal: {
				close: '关闭',
				noAssetsFound: '未找到文件',
				mediaAssets: '素材库',
				// Decap's zh_Hans says 正在下载 (downloading) here.
				deleting: '正在删除...',
				deleteSelected: '删除所选文件',
				chooseSelected: '使用所选文件',
			},
		},
		ui: {
			errorBoundary: {
				details: '程序出错了，请',
				// The link opens an issue form on Decap's GitHub repository.
				reportIt: '向 Decap CMS 的开发者报告此问题（将打开 GitHub 网站）。',
				privacyWarning: '报告中会预先填好错误信息和调试数据。\n提交前请核对这些信息，并删除其中的敏感内容。',
				recoveredEntry: {
					heading: '已找回的条目内容',
					warning: '离开此页面之前，请先将它复制并粘贴到别处保存！',
				},
			},
			settingsDropdown: {
				// 注销 also means closing an account for good.
				logOut: '退出登录',
				account: '账户菜单',
			},
			toast: {
				onFailToLoadEntries: '加载条目失败：%{details}',
				onFailToLoadDeployPreview: '加载预览失败：%{details}',
				onFailToPersist: '保存条目失败：%{details}',
				onFailToDelete: '删除条目失败：%{details}',
				onFailToUpdateStatus: '更改状态失败：%{details}',
				missingRequiredField: '还有必填项未填写，请填写后再保存',
				entrySaved: '条目已保存',
				entryPublished: '条目已发布',
				entryUnpublished: '条目已撤销发布',
				onFailToPublishEntry: '发布失败：%{details}',
				onFailToUnpublishEntry: '撤销发布失败：%{details}',
				entryUpdated: '条目状态已更改',
				onLoggedOut: '已退出登录，请先备份好数据，然后重新登录',
				// The "backend" is the git host (GitHub, GitLab, Gitea) that stores the content.
				onBackendDown: '内容存储服务暂时中断，详情请见：%{details}',
			},
		},
		workflow: {
			workflow: {
				loading: '正在加载审核发布中的条目',
				workflowHeading: '审核发布',
				newPost: '新建条目',
				// Polyglot picks the form by English plural rules for zh_Hans, so both forms must read the same.
				description:
					'%{smart_count} 个条目待审核，%{readyCount} 个条目已就绪待发布 |||| %{smart_count} 个条目待审核，%{readyCount} 个条目已就绪待发布',
				// A day.js format; Decap's MMMM D prints English month names.
				dateFormat: 'M月D日',
			},
			workflowCard: {
				lastChange: '%{author} 修改于 %{date}',
				lastChangeNoDate: '%{author} 修改',
				deleteNewEntry: '删除新条目',
				publishNewEntry: '发布新条目',
			},
			workflowList: {
				onDeleteEntry: '确定要删除此条目吗？',
				onPublishingNotReadyEntry: '只有状态为“就绪”的条目才能发布，请先将卡片拖到“就绪”列',
				onPublishEntry: '确定要发布此条目吗？',
				inReviewHeader: '审核中',
				currentEntries: '%{smart_count} 个条目 |||| %{smart_count} 个条目',
			},
		},
	},
	en: {
		app: {
			app: {
				checkConfigYml: 'Please ask the site administrator to check the CMS configuration.',
				waitingBackend: 'Connecting to the server...',
			},
		},
		collection: {
			entries: { cachingEntries: 'Preparing Entries...' },
		},
		editor: {
			editorControlPane: {
				widget: { regexPattern: '%{fieldLabel} is not in the expected format: %{pattern}.' },
				i18n: {
					copyFromLocale: 'Copy from another language',
					copyFromLocaleConfirm: 'Copy the content from %{locale}?\nAll existing content will be overwritten.',
				},
			},
			editorInterface: { toggleI18n: 'Show or hide the other language' },
		},
		mediaLibrary: {
			mediaLibrary: { fileTooLarge: 'File too large.\nFiles may not be larger than %{size} kB.' },
			mediaLibraryModal: { noAssetsFound: 'No files found.' },
		},
		ui: {
			errorBoundary: {
				reportIt: 'report it to the Decap CMS developers (opens GitHub).',
				privacyWarning:
					'The report is pre-filled with the error message and technical details.\nPlease check that the information is correct and remove any sensitive data.',
			},
			toast: {
				onFailToPersist: 'Failed to save entry: %{details}',
				onBackendDown: 'The service that stores the site content is having an outage. See %{details} for more information.',
			},
		},
	},
};
