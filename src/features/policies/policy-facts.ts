/** A policy's 元数据 on its page, in the order the 网页设计规范 lists a document's metadata. */
import type { Fact } from '../../components/Facts.astro';
import type { Policy } from '../../catalogue/catalogue.ts';
import { joinList } from '../../i18n/translate.ts';
import { fieldLabels, optionLabel } from '../../lib/labels.ts';
import { langOf, originalLang, pick, pickedLang } from '../../lib/translation.ts';
import { POLICY_AUDIENCES, POLICY_CATEGORIES, POLICY_LEVELS, policies } from '../../schema/collections.ts';

export function policyFacts(entry: Policy, { locale, catalogue: c }: App.Locals): Fact[] {
	const p = entry.data;
	const label = fieldLabels(policies, locale);
	const region = p.region ? c.prefecture(p.region).name : undefined;
	const options = <V extends string>(list: Parameters<typeof optionLabel<V>>[0], values: V[]) =>
		joinList(
			values.map((v) => optionLabel(list, v, locale)),
			locale
		);
	return [
		{ label: label('indexNumber'), value: p.indexNumber },
		{ label: label('topic'), value: p.topic, lang: langOf(entry, 'topic') },
		{ label: label('issuer'), value: p.issuer, lang: langOf(entry, 'issuer') },
		{ label: label('written'), value: p.written },
		{ label: label('docNumber'), value: p.docNumber, lang: originalLang(locale) },
		{ label: label('published'), value: p.published },
		{ label: label('level'), value: optionLabel(POLICY_LEVELS, p.level, locale) },
		{ label: label('region'), value: pick(region, locale), lang: pickedLang(region, locale) },
		{ label: label('categories'), value: options(POLICY_CATEGORIES, p.categories) },
		{ label: label('audiences'), value: options(POLICY_AUDIENCES, p.audiences) },
		{ label: label('effective'), value: p.effective },
		{ label: label('expires'), value: p.expires },
		{ label: label('repealed'), value: p.repealed },
	];
}
