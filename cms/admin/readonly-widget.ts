/**
 * Deployment settings in 网站设置 (the repository, the git host, map keys, the site's address):
 * shown so editors can see them, not editable, because a wrong value would stop the CMS or the
 * map for everyone. Whoever deploys the site changes them in content/site.yaml.
 */
import type { Bilingual, Locale } from '../../src/schema/fields.ts';
import { decap, plain, type WidgetProps } from './decap.ts';

const NOTE: Bilingual = {
	'zh-CN': '由网站部署人员在 content/site.yaml 中设置，这里不能修改。',
	en: 'Set in content/site.yaml by whoever deploys the site; it cannot be changed here.',
};

/** A setting's value as lines of text, nested settings one per line. */
function settingText(value: unknown): string {
	if (value === undefined || value === null || value === '') return '—';
	if (typeof value !== 'object') return String(value);
	return Object.entries(value as Record<string, unknown>)
		.filter(([, v]) => v !== undefined && v !== null && v !== '')
		.map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
		.join('\n');
}

export function registerReadonlyWidget(ui: Locale): void {
	const { CMS, h, createClass } = decap();
	const Control = createClass({
		render(this: { props: WidgetProps }) {
			const { forID, classNameWrapper } = this.props;
			return h(
				'div',
				{ className: `${classNameWrapper} readonly-widget` },
				h('output', { id: forID, className: 'readonly-value' }, settingText(plain(this.props.value))),
				h('p', { className: 'readonly-note' }, NOTE[ui])
			);
		},
	});
	CMS.registerWidget('readonly', Control);
}
