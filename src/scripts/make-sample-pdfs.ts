/**
 * Makes the sample policies' originals: a PDF of each policy's own Chinese text (title, 文号, body,
 * issuer and date), marked as a sample, stored in the entry's files/ folder and named there as the
 * policy's attachment. Nothing is downloaded. Run `node src/scripts/make-sample-pdfs.ts [id …]`
 * after changing a policy's text (all policies without an id); the PDFs are committed.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { MEDIA_FOLDER } from '../schema/fields.ts';
import { writeSamplePdf } from './sample-pdf.ts';

const POLICIES = join(process.cwd(), 'content', 'policies');

interface PolicyFront {
	title: string;
	docNumber?: string;
	issuer: string;
	written: string | Date;
}

/** A Markdown body as plain paragraphs: headings, list items and paragraphs each one, markup removed. */
export function paragraphsOf(markdown: string): string[] {
	return markdown
		.split(/\n\s*\n|\n(?=\s*(?:#{1,6}\s|[-*]\s|\d+[.、．]\s?))/)
		.map((block) =>
			block
				.replace(/^\s*#{1,6}\s+/, '')
				.replace(/^\s*[-*]\s+/, '')
				.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
				.replace(/(\*\*|__|`)/g, '')
				.replace(/\s*\n\s*/g, '')
				.trim()
		)
		.filter(Boolean);
}

/** `2024-08-20` as a Chinese document dates itself: 2024年8月20日. */
export function chineseDate(date: string): string {
	const [y, m, d] = date.split('-').map(Number);
	return `${y}年${m}月${d}日`;
}

/** The attachment's file name, as a bureau names the original it uploads: 文号 and title. */
export function attachmentName({ title, docNumber }: { title: string; docNumber?: string | undefined }): string {
	const name = docNumber ? `${docNumber}-${title}` : title;
	return `${name.replace(/[\\/:*?"<>|#%\s]+/g, '')}.pdf`;
}

/** The front matter of a Markdown file and its body. */
export function split(text: string): { front: string; body: string } {
	const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
	if (!match) throw new Error('no front matter');
	return { front: match[1]!, body: match[2]! };
}

async function makePdf(id: string) {
	const dir = join(POLICIES, id);
	const file = join(dir, 'index.zh-CN.md');
	const text = readFileSync(file, 'utf8');
	const { front, body } = split(text);
	const p = yaml.load(front) as PolicyFront;
	const written = p.written instanceof Date ? p.written.toISOString().slice(0, 10) : String(p.written);
	const name = attachmentName(p);
	await writeSamplePdf(join(dir, MEDIA_FOLDER, name), {
		title: p.title,
		paragraphs: [...(p.docNumber ? [p.docNumber] : []), ...paragraphsOf(body), p.issuer, chineseDate(written)],
	});
	if (!/^attachments:/m.test(front)) {
		const entry = `attachments:\n  - file: ${MEDIA_FOLDER}/${name}\n    title: { zh-CN: 文件原文（样本）, en: Original text in Chinese (sample) }`;
		writeFileSync(file, `---\n${front}\n${entry}\n---\n${body}`);
	}
	console.log(`policies/${id}/${MEDIA_FOLDER}/${name}`);
}

if (import.meta.main) {
	const ids = process.argv.slice(2);
	for (const id of ids.length ? ids : readdirSync(POLICIES)) await makePdf(id);
}
