/**
 * The git hosts the CMS can save to, in one table: their name for editors, where Decap calls their
 * API and loads avatars from (for /admin/'s Content-Security-Policy), how editors sign in, and
 * whether Decap's editorial workflow works with them.
 */
import type { Bilingual } from '../schema/fields.ts';

export interface GitHost {
	label: Bilingual;
	/** Origins Decap's backend connects to and loads images from, besides the site's own apiRoot and baseUrl. */
	connect: string[];
	img: string[];
	/** GitLab and Gitea sign in in the browser (PKCE); GitHub through an OAuth relay at baseUrl. */
	signIn: 'pkce' | 'oauth-relay';
	/** Decap's Gitea backend cannot list drafts: entries publish at once. */
	editorialWorkflow: boolean;
}

export const GIT_HOSTS = {
	github: {
		label: { 'zh-CN': 'GitHub', en: 'GitHub' },
		connect: ['https://api.github.com'],
		img: ['https://avatars.githubusercontent.com', 'https://raw.githubusercontent.com'],
		signIn: 'oauth-relay',
		editorialWorkflow: true,
	},
	gitlab: {
		label: { 'zh-CN': 'GitLab（可自建）', en: 'GitLab (self-hosted or gitlab.com)' },
		connect: ['https://gitlab.com'],
		img: ['https://gitlab.com', 'https://secure.gravatar.com'],
		signIn: 'pkce',
		editorialWorkflow: true,
	},
	gitea: {
		label: { 'zh-CN': 'Gitea / Forgejo', en: 'Gitea / Forgejo' },
		connect: [],
		img: [],
		signIn: 'pkce',
		editorialWorkflow: false,
	},
} as const satisfies Record<string, GitHost>;

export type GitHostName = keyof typeof GIT_HOSTS;
