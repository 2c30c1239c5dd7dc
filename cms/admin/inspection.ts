/**
 * 网站自查: the self-inspection's report (src/features/inspect/), shown to editors in the CMS. The
 * build publishes it beside the CMS (/admin/inspection.json); a button in the corner says at a
 * glance whether anything would fail the site outright and opens the report, grouped as 单项否决 /
 * 扣分 / 提示, each item with where it is and how to fix it.
 */
import { groupFindings, REPORT_PATH, SEVERITIES, SEVERITY_LABELS, type Report } from '../../src/features/inspect/report.ts';
import { dataCollections, entryCollections } from '../../src/schema/collections.ts';
import type { Locale } from '../../src/schema/fields.ts';
import { siteSettings } from '../../src/schema/site.ts';
import { CONTENT_DIR } from '../config.ts';
import { fetchPublished } from './published.ts';

const words = {
	'zh-CN': {
		title: '网站自查',
		button: (veto: number) => (veto ? `网站自查：${veto} 项单项否决` : '网站自查'),
		date: (date: string) => `按 ${date} 检查，依据《政府网站与政务新媒体检查指标》中可自动检查的项目。`,
		local: '本机预览只检查内容；链接和图片在构建后检查（npm run inspect）。',
		result: (r: Report) =>
			r.counts.veto
				? `有 ${r.counts.veto} 项单项否决：检查时网站将被判为不合格，请先整改这些项目。`
				: `无单项否决；扣分 ${r.counts.deduction} 项，提示 ${r.counts.hint} 项。`,
		none: '无。',
		fix: '整改：',
		close: '关闭',
	},
	en: {
		title: 'Self-inspection',
		button: (veto: number) => (veto ? `Self-inspection: ${veto} failing item(s)` : 'Self-inspection'),
		date: (date: string) => `Checked as of ${date}, on the items of the government-website inspection indicators a program can check.`,
		local: 'The local preview checks the content only; links and images are checked after a build (npm run inspect).',
		result: (r: Report) =>
			r.counts.veto
				? `${r.counts.veto} item(s) would fail the site outright at an inspection: fix these first.`
				: `Nothing fails the site outright; ${r.counts.deduction} item(s) cost points, ${r.counts.hint} hint(s).`,
		none: 'None.',
		fix: 'Fix: ',
		close: 'Close',
	},
} as const;

/**
 * Where a finding's place opens: a content file in the CMS's own editor (`#/collections/…`), a
 * page of the site on the site; nothing for a list of places.
 */
export function placeHref(where: string, siteUrl: string): string | undefined {
	const entry = new RegExp(`^${CONTENT_DIR}/([^/]+)/([^/]+)/index\\.[\\w-]+\\.md`).exec(where);
	const collection = entry && Object.values(entryCollections).find((c) => c.folder === entry[1]);
	if (entry && collection) return `#/collections/${collection.name}/entries/${entry[2]}/index`;
	const data = Object.values(dataCollections).find((c) => where.startsWith(`${CONTENT_DIR}/${c.file}`));
	if (data) return `#/collections/taxonomies/entries/${data.name}`;
	if (where.startsWith(`${CONTENT_DIR}/${siteSettings.file}`)) return `#/collections/settings/entries/${siteSettings.name}`;
	if (/^\/\S*$/.test(where)) return new URL(where, siteUrl).href;
	return undefined;
}

/** An element with text; the report is data, never markup. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
	const e = document.createElement(tag);
	if (text !== undefined) e.textContent = text;
	if (className) e.className = className;
	return e;
}

/** The report as a dialog in the editor's language. */
export function reportDialog(r: Report, ui: Locale, siteUrl: string): HTMLDialogElement {
	const w = words[ui];
	const dialog = el('dialog', undefined, 'inspection');
	dialog.setAttribute('aria-labelledby', 'inspection-title');
	const title = el('h2', w.title);
	title.id = 'inspection-title';
	// First in the dialog, so that opening it (which focuses the first button) starts at the top.
	const close = el('button', w.close, 'inspection-close');
	close.type = 'button';
	close.addEventListener('click', () => dialog.close());
	const header = el('div', undefined, 'inspection-header');
	header.append(title, close);
	dialog.append(header, el('p', w.date(r.date)));
	if (!r.builtSiteChecked) dialog.append(el('p', w.local));
	dialog.append(el('p', w.result(r), r.counts.veto ? 'inspection-result inspection-fails' : 'inspection-result'));
	for (const severity of SEVERITIES) {
		const found = r.findings.filter((f) => f.severity === severity);
		const section = el('section', undefined, `inspection-${severity}`);
		section.append(el('h3', `${SEVERITY_LABELS[severity][ui]} (${found.length})`));
		if (!found.length) section.append(el('p', w.none));
		else {
			const list = el('ul');
			for (const { finding, where } of groupFindings(found)) {
				const item = el('li');
				const places = el('ul', undefined, 'inspection-where');
				for (const place of where) {
					const li = el('li');
					const href = placeHref(place, siteUrl);
					if (href) {
						const link = el('a', place);
						link.href = href;
						// A site page opens beside the CMS; an entry opens in it, in place of the report.
						if (href.startsWith('#')) link.addEventListener('click', () => dialog.close());
						else link.target = '_blank';
						li.append(link);
					} else li.textContent = place;
					places.append(li);
				}
				item.append(el('strong', finding.indicator[ui]), el('p', finding.message[ui]), places, el('p', w.fix + finding.fix[ui]));
				list.append(item);
			}
			section.append(list);
		}
		dialog.append(section);
	}
	return dialog;
}

/** Adds the 网站自查 button when the deployment publishes a report. */
export async function showInspection(ui: Locale, siteUrl: string): Promise<void> {
	const r = await fetchPublished<Report>(REPORT_PATH);
	if (!r) return;
	const button = el('button', words[ui].button(r.counts.veto), r.counts.veto ? 'inspection-button inspection-fails' : 'inspection-button');
	button.type = 'button';
	button.setAttribute('aria-haspopup', 'dialog');
	button.addEventListener('click', () => {
		document.querySelector('dialog.inspection')?.remove();
		const dialog = reportDialog(r, ui, siteUrl);
		document.body.append(dialog);
		dialog.showModal();
	});
	document.body.append(button);
}
