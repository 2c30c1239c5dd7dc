/**
 * The rules of the self-inspection, one per file, each grading what it finds as the
 * 政府网站与政务新媒体检查指标 does (the file says why). Rules on the built site find nothing
 * when it has not been built.
 */
import type { InspectRule } from '../context.ts';
import { brokenLinksRule } from './broken-links.ts';
import { emptyColumnsRule } from './empty-columns.ts';
import { expiredFeaturedRule } from './expired-featured.ts';
import { figuresAgeRule } from './figures-age.ts';
import { imageAltRule } from './image-alt.ts';
import { imageDescriptionsRule } from './image-descriptions.ts';
import { interpretationsRule } from './interpretations.ts';
import { newsUpdatedRule } from './news-updated.ts';
import { noticesUpdatedRule } from './notices-updated.ts';
import { policiesUpdatedRule } from './policies-updated.ts';
import { policyMetadataRule } from './policy-metadata.ts';

export const RULES: readonly InspectRule[] = [
	newsUpdatedRule,
	noticesUpdatedRule,
	policiesUpdatedRule,
	emptyColumnsRule,
	policyMetadataRule,
	interpretationsRule,
	figuresAgeRule,
	expiredFeaturedRule,
	brokenLinksRule,
	imageAltRule,
	imageDescriptionsRule,
];
