/**
 * The rules of the content check, one per file, each given the whole content once read
 * (../load.ts) and returning its problems. Rules that concern one entry's fields are declared with
 * the schema (src/schema/) and reported by the schema rule.
 */
import type { Content } from '../load.ts';
import type { Problem } from '../problem.ts';
import { aliasesRule } from './aliases.ts';
import { expoBoothsRule } from './expo-booths.ts';
import { filesRule } from './files.ts';
import { fixedEntriesRule } from './fixed-entries.ts';
import { imageDescriptionsRule } from './image-descriptions.ts';
import { mediaRule } from './media.ts';
import { parkPoliciesRule } from './park-policies.ts';
import { referenceCyclesRule } from './reference-cycles.ts';
import { referencesRule } from './references.ts';
import { regionRule } from './region.ts';
import { schemaRule } from './schema.ts';
import { standardMapRule } from './standard-map.ts';
import { uniqueIdsRule } from './unique-ids.ts';

export type Rule = (content: Content) => Problem[];

export const RULES: readonly Rule[] = [
	filesRule,
	fixedEntriesRule,
	schemaRule,
	uniqueIdsRule,
	referencesRule,
	referenceCyclesRule,
	mediaRule,
	imageDescriptionsRule,
	regionRule,
	parkPoliciesRule,
	standardMapRule,
	aliasesRule,
	expoBoothsRule,
];
