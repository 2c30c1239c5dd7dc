/**
 * Corrects policy status badges in the browser. A page built last month carries the policy's
 * dates; if today's date gives another status than the build did, the badge says so.
 */
import { dateInSiteZone } from '../../../lib/dates.ts';
import { isOutdated, policyStatus, type PolicyStatus } from '../policy-status.ts';
import { policyStatusLabels } from '../status-labels.ts';

const locale = document.documentElement.lang === 'en' ? 'en' : 'zh-CN';
const labels = policyStatusLabels[locale];
const today = dateInSiteZone(new Date());

for (const badge of document.querySelectorAll<HTMLElement>('[data-policy-status]')) {
	const { effective, expires, repealed, successorEffective } = badge.dataset;
	if (!effective) continue;
	const status = policyStatus({ effective, expires, repealed, successorEffective }, today);
	if (status === badge.dataset.policyStatus) continue;
	badge.dataset.policyStatus = status;
	badge.className = `badge status-${status}`;
	badge.textContent = labels[status];
	const notice = badge.closest('[data-policy]')?.querySelector<HTMLElement>('[data-status-notice]');
	if (notice && isOutdated(status as PolicyStatus)) {
		notice.textContent = (notice.dataset.template ?? '').replace('{status}', labels[status]);
		notice.hidden = false;
	}
}
