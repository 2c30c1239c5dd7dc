/**
 * Attachments as the site offers them: where an entry's file is stored, the address it is published
 * at, and its type and size, which a reader sees before downloading it (政府网站 pages give both).
 */
import { statSync } from 'node:fs';
import type { LocalizedText } from '../schema/fields.ts';
import { routes } from './routes.ts';

interface WithAttachments {
	id: string;
	source: { filePath?: string | undefined };
	data: { attachments: { file: string; title: LocalizedText }[] };
}

export interface AttachmentLink {
	href: string;
	title: LocalizedText;
	/** The file's type as readers know it: PDF. */
	type: string;
	/** The size as a reader reads it: 236 KB. */
	size: string;
}

/** Where an attachment is stored: next to its entry's Markdown file, which names it relative to itself. */
export const attachmentSource = (entry: Pick<WithAttachments, 'source'>, file: string) =>
	`${entry.source.filePath!.replace(/[^/]+$/, '')}${file}`;

/** Bytes as a size readers are used to: whole KB below a megabyte, MB to one decimal above. */
export function fileSize(bytes: number): string {
	if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
	return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** An entry's attachments with their addresses, types and sizes, read from the stored files. */
export function attachmentLinks(collection: string, entry: WithAttachments): AttachmentLink[] {
	return entry.data.attachments.map((a) => ({
		href: routes.attachment(collection, entry.id, a.file),
		title: a.title,
		type: (/\.(\w+)$/.exec(a.file)?.[1] ?? '').toUpperCase(),
		size: fileSize(statSync(attachmentSource(entry, a.file)).size),
	}));
}
