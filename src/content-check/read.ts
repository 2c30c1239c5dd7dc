/**
 * Reads `content/` the way Astro's loaders do (same YAML library and front matter rules), without
 * Astro, so the content check can run before a build and inside unit tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { LOCALES, type Locale } from '../schema/fields.ts';

export interface SourceFile {
	/** Path relative to the project root, as it appears in messages. */
	path: string;
	data: Record<string, unknown>;
	body: string;
}

export interface YamlProblem {
	path: string;
	line?: number | undefined;
	reason: string;
}

export interface RawEntry {
	folder: string;
	dir: string;
	files: Partial<Record<Locale, SourceFile>>;
	/** Files in the folder that look like content but are not named index.<locale>.md. */
	strays: string[];
	/** Languages whose file exists but could not be parsed (reported as YAML problems). */
	broken: Locale[];
}

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export class YamlError extends Error {
	readonly problem: YamlProblem;
	constructor(problem: YamlProblem) {
		super(problem.reason);
		this.problem = problem;
	}
}

function parseYaml(text: string, path: string, lineOffset = 0): unknown {
	try {
		// Without the timestamp type dates stay as written: the default schema would silently turn
		// 2024-13-01 into 2025-01-01, where the check must reject it.
		return yaml.load(text, { schema: yaml.CORE_SCHEMA });
	} catch (error) {
		const e = error as { mark?: { line: number }; reason?: string; message: string };
		throw new YamlError({
			path,
			line: e.mark ? e.mark.line + 1 + lineOffset : undefined,
			reason: e.reason ?? e.message,
		});
	}
}

function readMarkdown(file: string, root: string): SourceFile {
	const path = relative(root, file);
	const text = readFileSync(file, 'utf8');
	const match = FRONT_MATTER.exec(text);
	if (!match) return { path, data: {}, body: text };
	const data = parseYaml(match[1] ?? '', path, 1);
	if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
		throw new YamlError({ path, line: 2, reason: 'the front matter is not a set of “field: value” lines' });
	}
	return { path, data: (data ?? {}) as Record<string, unknown>, body: text.slice(match[0].length) };
}

export function readYamlFile(file: string, root: string): { path: string; data: unknown } {
	const path = relative(root, file);
	return { path, data: parseYaml(readFileSync(file, 'utf8'), path) };
}

const FILE_NAME = new RegExp(`^index\\.(${LOCALES.join('|')})\\.md$`);

/** Lists the entries of one collection folder: `<folder>/<entry>/index.<locale>.md`. */
export function readEntryFolders(
	collectionDir: string,
	root: string
): { entries: RawEntry[]; yamlProblems: YamlProblem[]; loose: string[] } {
	const entries: RawEntry[] = [];
	const yamlProblems: YamlProblem[] = [];
	const loose: string[] = [];
	if (!existsSync(collectionDir)) return { entries, yamlProblems, loose };
	for (const name of readdirSync(collectionDir).sort()) {
		const dir = join(collectionDir, name);
		if (!statSync(dir).isDirectory()) {
			if (name.endsWith('.md') || name.endsWith('.mdx')) loose.push(relative(root, dir));
			continue;
		}
		const entry: RawEntry = { folder: name, dir, files: {}, strays: [], broken: [] };
		for (const file of readdirSync(dir).sort()) {
			const locale = FILE_NAME.exec(file)?.[1] as Locale | undefined;
			if (!locale) {
				if (/\.(md|mdx|markdown)$/i.test(file)) entry.strays.push(relative(root, join(dir, file)));
				continue;
			}
			try {
				entry.files[locale] = readMarkdown(join(dir, file), root);
			} catch (error) {
				if (!(error instanceof YamlError)) throw error;
				yamlProblems.push(error.problem);
				entry.broken.push(locale);
			}
		}
		entries.push(entry);
	}
	return { entries, yamlProblems, loose };
}
