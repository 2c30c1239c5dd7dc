/**
 * Corrects a policy status badge (StatusBadge.astro) in the browser: if today's date gives another
 * status than the build did, the badge says so, and so does the policy's notice where it has one.
 */
import { createAll, readConfig, stringsOf } from '../../../lib/component.ts';
import { dateInSiteZone } from '../../../lib/dates.ts';
import { isOutdated, policyStatus, type PolicyDates } from '../policy-status.ts';

function start(badge: HTMLElement) {
	const dates = readConfig(badge, { dates: 'json' }).dates as PolicyDates;
	const status = policyStatus(dates, dateInSiteZone(new Date()));
	if (status === badge.dataset.policyStatus) return;
	const t = stringsOf(badge);
	badge.dataset.policyStatus = status;
	badge.className = `badge status-${status}`;
	badge.textContent = t(status);
	const notice = badge.closest('[data-policy]')?.querySelector<HTMLElement>('[data-status-notice]');
	if (notice && isOutdated(status)) {
		notice.textContent = t('policies.statusChanged', { status: t(status) });
		notice.hidden = false;
	}
}

createAll('status-badge', start);
