/**
 * Synthetic content at scale for the benchmark: the real sample entries, multiplied. Each copy is
 * a valid entry of its own (id, code, title, figures) in both languages, so a build does exactly
 * the work it would do for a real site of that size.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

const COLLECTIONS = ['projects', 'parks', 'policies', 'interpretations', 'news'] as const;
type Collection = (typeof COLLECTIONS)[number];

/** Entries per collection for a site with `projects` projects, in the proportions of the sample. */
function scale(projects: number): Record<Collection, number> {
	return {
		projects,
		parks: Math.max(16, Math.round(projects / 50)),
		policies: Math.max(23, Math.round(projects / 10)),
		interpretations: Math.max(5, Math.round(projects / 50)),
		news: Math.max(12, Math.round(projects / 10)),
	};
}

const FRONT = /^---\n([\s\S]*?)\n---\n/;

function rewrite(text: string, change: (data: Record<string, unknown>) => void): string {
	const match = FRONT.exec(text);
	if (!match) return text;
	const data = yaml.load(match[1]!, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
	change(data);
	return `---\n${yaml.dump(data, { schema: yaml.CORE_SCHEMA, lineWidth: -1 })}---\n${text.slice(match[0].length)}`;
}

/** A unique project code for the n-th project (0-based): YN-<year>-<serial>. */
const syntheticCode = (n: number) => `YN-${2026 + Math.floor(n / 9999)}-${String((n % 9999) + 1).padStart(4, '0')}`;

/** Writes a content/ folder into `target` with `projects` projects, built from the sample in `source`. */
export function writeSyntheticContent(source: string, target: string, projects: number): Record<Collection, number> {
	// Everything but the collections that grow is the sample's own: settings, taxonomies, columns, pages.
	const scaled = new Set<string>(COLLECTIONS.map((c) => join(source, c)));
	cpSync(source, target, { recursive: true, filter: (path) => !scaled.has(path) });
	const counts = scale(projects);
	for (const collection of COLLECTIONS) {
		const originals = readdirSync(join(source, collection)).sort();
		// Never fewer than the sample: the collections that are copied whole (cases, expos) refer to its entries.
		counts[collection] = Math.max(counts[collection], originals.length);
		for (let n = 0; n < counts[collection]; n++) {
			const original = originals[n % originals.length]!;
			const copy = Math.floor(n / originals.length);
			const code = syntheticCode(n);
			const id = collection === 'projects' ? code.toLowerCase() : copy === 0 ? original : `${original}-${copy}`;
			const dir = join(target, collection, id);
			mkdirSync(dir, { recursive: true });
			for (const file of readdirSync(join(source, collection, original))) {
				// Images and attachments (files/) are copied byte for byte; only the Markdown is rewritten.
				if (!file.endsWith('.md')) {
					cpSync(join(source, collection, original, file), join(dir, file), { recursive: true });
					continue;
				}
				const out = rewrite(readFileSync(join(source, collection, original, file), 'utf8'), (d) => {
					if (copy > 0 && typeof d.title === 'string') d.title = `${d.title}（${copy + 1}）`;
					if (collection === 'projects' && 'code' in d) {
						d.code = code;
						d.investment = Number(d.investment) + copy * 100;
						// The breakdown and the financing still add up to the investment.
						for (const key of ['breakdown', 'financing'])
							if (Array.isArray(d[key]) && d[key].length) (d[key][0] as { amount: number }).amount += copy * 100;
					}
					// Copies of a policy are separate documents, not new versions of it.
					if (collection === 'policies' && copy > 0) delete d.supersededBy;
				});
				writeFileSync(join(dir, file), out);
			}
		}
	}
	return counts;
}
