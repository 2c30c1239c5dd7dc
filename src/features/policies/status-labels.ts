/** A policy status's label per language, apart from the other strings: the browser's status check needs only these. */
import type { Locale } from '../../schema/fields.ts';
import type { PolicyStatus } from './policy-status.ts';

export const policyStatusLabels: Record<Locale, Record<PolicyStatus, string>> = {
	'zh-CN': { 'in-force': '现行有效', 'not-yet': '尚未生效', expired: '已失效', superseded: '已修订', repealed: '已废止' },
	en: { 'in-force': 'In force', 'not-yet': 'Not yet in force', expired: 'Expired', superseded: 'Superseded', repealed: 'Repealed' },
};
