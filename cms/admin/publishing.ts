/**
 * What happens after 发布: the change is in the repository, and the live site follows once the
 * deployment has built it. A notice says so, links the entry's own page, and tells when the site
 * was last built, from the status file the deployment publishes (src/scripts/build-status.ts);
 * it watches that file and says when the change is live.
 */
import { entryPages } from '../../src/lib/routes.ts';
import type { EntryCollectionName } from '../../src/schema/collections.ts';
import type { Locale } from '../../src/schema/fields.ts';
import { decap, plain, type ImmutableLike } from './decap.ts';
import { fetchPublished } from './published.ts';

/** `/admin/build-status.json`: what the deployment last published, or that this is a local preview. */
export interface BuildStatus {
	local?: boolean;
	builtAt?: string;
	commit?: string;
}

export const BUILD_STATUS_PATH = '/admin/build-status.json';
const CHECK_EVERY_MS = 60_000;

const time = (iso: string, ui: Locale) =>
	new Intl.DateTimeFormat(ui, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' }).format(new Date(iso));

const buildStatus = () => fetchPublished<BuildStatus>(BUILD_STATUS_PATH);

const words = {
	'zh-CN': {
		published: (title: string) => `已发布《${title}》。`,
		local: '修改已写入本机仓库的 content/，本机预览立即显示它。',
		deploying: (minutes: number) => `修改已进入仓库。网站会自动构建并部署，通常约 ${minutes} 分钟后上线；此前网站仍显示旧内容。`,
		built: (at: string, commit?: string) => `网站当前版本构建于 ${at}${commit ? `（提交 ${commit}）` : ''}。`,
		unknown: '本网站的部署没有提供构建状态，请稍后打开页面查看。',
		live: (at: string) => `已上线：网站已于 ${at} 按这次修改重新构建。`,
		open: '打开本条目的页面',
		close: '关闭',
	},
	en: {
		published: (title: string) => `Published “${title}”. `,
		local: 'The change is written to content/ in this repository; the local preview shows it at once.',
		deploying: (minutes: number) =>
			`The change is in the repository. The site builds and deploys itself and usually shows it after about ${minutes} minutes; until then it shows the previous version.`,
		built: (at: string, commit?: string) => ` The live site was last built ${at}${commit ? ` (commit ${commit})` : ''}.`,
		unknown: ' This deployment does not report its builds; open the page later to check.',
		live: (at: string) => `Live: the site was rebuilt with this change at ${at}.`,
		open: 'Open this entry’s page',
		close: 'Close',
	},
} as const;

function notice(ui: Locale): { text: HTMLElement; link: HTMLAnchorElement } {
	document.querySelector('.publish-notice')?.remove();
	const box = document.createElement('div');
	box.className = 'publish-notice';
	box.setAttribute('role', 'status');
	const text = document.createElement('p');
	const link = document.createElement('a');
	link.target = '_blank';
	link.rel = 'noopener';
	link.textContent = words[ui].open;
	const close = document.createElement('button');
	close.type = 'button';
	close.textContent = words[ui].close;
	close.addEventListener('click', () => box.remove());
	box.append(text, link, close);
	document.body.append(box);
	return { text, link };
}

/** The entry's page on the site: its folder is its id. */
function entryPageUrl(siteUrl: string, collection: string, path: string): string | undefined {
	const id = path.split('/').slice(-2, -1)[0];
	return collection in entryPages && id ? new URL(entryPages[collection as EntryCollectionName](id), siteUrl).href : undefined;
}

/** Tells the editor, after publishing, how and when the change reaches the site. */
async function announce(entry: ImmutableLike, ui: Locale, siteUrl: string, publishMinutes: number): Promise<void> {
	const w = words[ui];
	const publishedAt = Date.now();
	const title = String(plain<Record<string, unknown>>(entry.get('data'))?.title ?? '');
	const { text, link } = notice(ui);
	const url = entryPageUrl(siteUrl, String(entry.get('collection')), String(entry.get('path')));
	if (url) link.href = url;
	else link.remove();
	const status = await buildStatus();
	if (status?.local) {
		text.textContent = w.published(title) + w.local;
		return;
	}
	text.textContent =
		w.published(title) + w.deploying(publishMinutes) + (status?.builtAt ? w.built(time(status.builtAt, ui), status.commit) : w.unknown);
	if (!status?.builtAt) return;
	const timer = setInterval(async () => {
		if (!text.isConnected) return clearInterval(timer);
		const next = await buildStatus();
		if (next?.builtAt && Date.parse(next.builtAt) > publishedAt) {
			clearInterval(timer);
			text.textContent = w.published(title) + w.live(time(next.builtAt, ui));
		}
	}, CHECK_EVERY_MS);
}

export function explainPublishing(ui: Locale, siteUrl: string, publishMinutes: number): void {
	decap().CMS.registerEventListener({
		name: 'postPublish',
		// Not awaited: Decap waits for its listeners before it finishes publishing.
		handler: ({ entry }) => void announce(entry, ui, siteUrl, publishMinutes),
	});
}
