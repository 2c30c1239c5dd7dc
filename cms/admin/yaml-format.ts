/**
 * File formats for Decap CMS that write back only what an editor changed. Decap re-serializes every
 * file of an entry on save, so untouched files were re-wrapped, flow maps expanded and empty values
 * added. These formatters remember the files they read; on save they find the file the data came from
 * and edit its YAML in place: untouched top-level keys keep their exact text, changed ones keep their
 * flow style and quoting, and a file whose data did not change comes back byte for byte.
 */
import { Document, isMap, isNode, isScalar, isSeq, Pair, parseDocument, Scalar, visit, YAMLMap, type Node } from 'yaml';

type Data = Record<string, unknown>;

/** The object Decap's `CMS.registerCustomFormat(name, extension, formatter)` takes. */
export interface Formatter {
	fromFile(content: string): Data;
	toFile(data: Data, sortedKeys?: string[]): string;
}

type Kind = 'frontMatter' | 'yamlFile';
type AnyPair = Pair<unknown, unknown>;
type AnyMap = YAMLMap<unknown, unknown>;

/** A file read: its text, its YAML and body apart, and its fields. */
interface Original {
	kind: Kind;
	text: string;
	yaml: string;
	body: string;
	fields: Data;
}

// Only the opening `---` of the file counts, and the closing one must stand alone on its line.
const FRONT_MATTER = /^---[ \t]*\r?\n((?:[\s\S]*?\n)?)---[ \t]*(?:\r?\n|$)/;
const PRINT = { lineWidth: 0 } as const;
const TOP_COMMENT_OR_BLANK = /^(#.*)?\s*$/;

const isRecord = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
const keyOf = (pair: AnyPair) => String(isScalar(pair.key) ? pair.key.value : pair.key);
// Decap's Markdown widget may drop the blank line after `---` and the final newline; neither is an edit.
const normBody = (body: string) => body.replace(/^(?:\r?\n)+|(?:\r?\n)+$/g, '');

/** Removes empty values (undefined, null, blank strings, [], objects of empty values); undefined when all is empty. */
function withoutEmpty(value: unknown): unknown {
	if (value === null || value === undefined) return undefined;
	if (typeof value === 'string') return value.trim() ? value : undefined;
	// List items are positional (imageAlts pairs with images), so an empty item is kept, never dropped.
	if (Array.isArray(value)) return value.length ? value.map((v) => withoutEmpty(v) ?? (isRecord(v) ? {} : v)) : undefined;
	if (!isRecord(value)) return value;
	const entries = Object.entries(value).flatMap(([k, v]) => (withoutEmpty(v) === undefined ? [] : [[k, withoutEmpty(v)] as const]));
	return entries.length ? Object.fromEntries(entries) : undefined;
}

function equal(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => equal(v, b[i]));
	if (!isRecord(a) || !isRecord(b)) return false;
	const keys = Object.keys(a);
	return keys.length === Object.keys(b).length && keys.every((k) => k in b && equal(a[k], b[k]));
}

/** The fields as they would be written: no empty values, and `false` only where the original had the key. */
function prepare(fields: Data, had: (key: string) => boolean): Data {
	const out: Data = {};
	for (const [key, value] of Object.entries(fields)) {
		const v = withoutEmpty(value);
		if (v !== undefined && (v !== false || had(key))) out[key] = v;
	}
	return out;
}

function parseYaml(text: string): { doc: Document; fields: Data } {
	// YAML 1.2 core schema, as Decap's own yaml format: dates stay strings, numbers stay numbers.
	const doc = parseDocument(text, { version: '1.2', schema: 'core', prettyErrors: true });
	if (doc.errors.length > 0) throw new Error(`YAML parsing error:\n${doc.errors.map((e) => e.message).join('\n')}`);
	const fields: unknown = doc.toJS() ?? {};
	if (!isRecord(fields)) throw new Error('YAML parsing error: the file must hold a map of fields');
	return { doc, fields };
}

/** Every non-empty scalar of a value by its path. */
function leaves(value: unknown, path = '', out = new Map<string, unknown>()): Map<string, unknown> {
	if (Array.isArray(value) || isRecord(value)) for (const [k, v] of Object.entries(value)) leaves(v, `${path}\0${k}`, out);
	else if (withoutEmpty(value) !== undefined) out.set(path, value);
	return out;
}

const same = (doc: Document, node: unknown, value: unknown) =>
	equal(withoutEmpty(isNode(node) ? node.toJS(doc) : node), withoutEmpty(value));

/** A node for a value no file had yet; short bilingual texts are written side by side, `{ zh-CN: …, en: … }`. */
function fresh(doc: Document, value: unknown): Node {
	const node = doc.createNode(value, { aliasDuplicateObjects: false });
	const bilingual = (map: AnyMap) => map.items.length > 0 && map.items.every((p) => keyOf(p) === 'zh-CN' || keyOf(p) === 'en');
	visit(node, { Map: (_, map) => void (map.flow ||= bilingual(map)) });
	return node;
}

/** Where a new key goes: after the nearest earlier key of `order` that the map has, else first; unknown keys last. */
function insertAt(map: AnyMap, key: string, order: string[]): number {
	const at = order.indexOf(key);
	if (at < 0) return map.items.length;
	const nearestFirst = order.slice(0, at).reverse();
	const before = nearestFirst.find((k) => map.items.some((p) => keyOf(p) === k));
	return before === undefined ? 0 : map.items.findIndex((p) => keyOf(p) === before) + 1;
}

function updateMap(doc: Document, map: AnyMap, value: Data, order: string[]): void {
	for (const pair of [...map.items]) {
		const key = keyOf(pair);
		if (same(doc, pair.value, value[key])) continue;
		if (value[key] === undefined) map.items.splice(map.items.indexOf(pair), 1);
		else pair.value = update(doc, pair.value, value[key]);
	}
	const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
	const added = Object.keys(value).filter((k) => !map.items.some((p) => keyOf(p) === k));
	for (const key of added.sort((a, b) => rank(a) - rank(b))) {
		map.items.splice(insertAt(map, key, order), 0, new Pair(doc.createNode(key), fresh(doc, value[key])));
	}
}

/** The node for a changed value, reusing the old node so its flow style, quoting and comments stay. */
function update(doc: Document, node: unknown, value: unknown): unknown {
	if (isMap(node) && isRecord(value)) {
		updateMap(doc, node, value, Object.keys(value));
		return node;
	}
	if (isSeq(node) && Array.isArray(value)) {
		node.items = value.map((v, i) =>
			i < node.items.length && same(doc, node.items[i], v) ? node.items[i] : update(doc, node.items[i], v)
		);
		return node;
	}
	if (isScalar(node) && !isRecord(value) && !Array.isArray(value)) {
		const scalar = new Scalar(value);
		if (typeof value === 'string' && typeof node.value === 'string') scalar.type = node.type;
		Object.assign(scalar, { comment: node.comment, commentBefore: node.commentBefore, spaceBefore: node.spaceBefore });
		return scalar;
	}
	const created = fresh(doc, value);
	if ((isMap(node) || isSeq(node)) && node.flow && (isMap(created) || isSeq(created))) created.flow = true;
	return created;
}

function printPair(pair: AnyPair): string {
	// Comments and blank lines above the key are copied from the source, so the printed pair leaves them out.
	if (isNode(pair.key)) Object.assign(pair.key, { commentBefore: undefined, spaceBefore: false });
	const out = new Document();
	out.contents = Object.assign(new YAMLMap<unknown, unknown>(), { items: [pair] });
	return out.toString(PRINT);
}

/** Drops trailing comments that the parser hung on the last block collection of a value: the source lines carry them. */
function dropTrailingComments(node: unknown): void {
	if (!(isMap(node) || isSeq(node)) || node.flow) return;
	node.comment = undefined;
	const last = node.items.at(-1);
	dropTrailingComments(isMap(node) ? (last as AnyPair | undefined)?.value : last);
}

/**
 * The original YAML with `fields` written in: untouched top-level pairs are copied from the source
 * (with the comments and blank lines above them), changed and new ones printed from the edited Document.
 */
function edit(original: Original, fields: Data, sortedKeys: string[] | undefined): string {
	const { doc } = parseYaml(original.yaml);
	const root = doc.contents;
	if (root !== null && !(isMap(root) && !root.flow)) {
		doc.contents = isMap(root) ? (update(doc, root, fields) as Node) : fresh(doc, fields);
		return doc.toString(PRINT);
	}
	const map: AnyMap = root ?? new YAMLMap();
	const lines = original.yaml.split(/(?<=\n)/);
	let offset = 0;
	const starts = lines.map((line) => (offset += line.length) - line.length);
	const lineOf = (offset: number) => starts.filter((s) => s <= offset).length - 1;
	// Each top-level pair owns its lines, from the comments and blank lines above its key to the comments after its value.
	const segments = new Map<AnyPair, { lead: number; key: number; tail: number; end: number }>();
	const keyLines = map.items.map((p) => lineOf(isNode(p.key) ? (p.key.range?.[0] ?? 0) : 0));
	let lead = keyLines[0] ?? lines.length;
	const preamble = lines.slice(0, lead).join('');
	map.items.forEach((pair, i) => {
		const key = keyLines[i] ?? 0;
		let end = keyLines[i + 1] ?? lines.length;
		while (end > key + 1 && TOP_COMMENT_OR_BLANK.test(lines[end - 1] ?? '')) end--;
		// The value's content ends at range[1]; what follows up to `end` are its trailing comments.
		const tail = isNode(pair.value) && pair.value.range ? lineOf(pair.value.range[1] - 1) + 1 : end;
		segments.set(pair, { lead, key, tail: Math.min(end, Math.max(key + 1, tail)), end });
		lead = end;
	});
	const untouched = new Set(map.items.filter((p) => same(doc, p.value, fields[keyOf(p)])));
	updateMap(doc, map, fields, sortedKeys ?? []);
	let out = preamble;
	const add = (text: string) => (out += (out && !out.endsWith('\n') ? '\n' : '') + text);
	for (const pair of map.items) {
		const seg = segments.get(pair);
		if (!seg) add(printPair(pair));
		else if (untouched.has(pair)) add(lines.slice(seg.lead, seg.end).join(''));
		else {
			const block = (isMap(pair.value) || isSeq(pair.value)) && !pair.value.flow;
			if (block) dropTrailingComments(pair.value);
			add(lines.slice(seg.lead, seg.key).join('') + printPair(pair) + (block ? lines.slice(seg.tail, seg.end).join('') : ''));
		}
	}
	add(lines.slice(lead).join(''));
	return out;
}

/** An unchanged body stays as it was; an edited one keeps the file's blank line after `---` and its final newline. */
function keptBody(old: string, body: string): string {
	if (normBody(old) === normBody(body)) return old;
	if (!body || !normBody(old)) return body;
	return (/^(?:\r?\n)*/.exec(old)?.[0] ?? '') + normBody(body) + (/(?:\r?\n)*$/.exec(old)?.[0] ?? '');
}

/** A file no original matched: keys in `sortedKeys` order, then the others in data order; no empty values, no `false`. */
function create(data: Data, sortedKeys: string[] = []): string {
	const fields = prepare(data, () => false);
	const keys = [...sortedKeys.filter((k) => k in fields), ...Object.keys(fields).filter((k) => !sortedKeys.includes(k))];
	if (keys.length === 0) return '';
	const doc = new Document();
	doc.contents = fresh(doc, Object.fromEntries(keys.map((k) => [k, fields[k]])));
	return doc.toString(PRINT);
}

/**
 * Formatters for Markdown with YAML front matter and for plain YAML files, sharing one LRU cache of
 * the files read (`cacheSize`, default 300): `toFile` gets no path, so it recognises its file among them.
 */
export function createYamlFormats({ cacheSize = 300 }: { cacheSize?: number } = {}): { frontMatter: Formatter; yamlFile: Formatter } {
	const cache = new Map<string, Original>();

	function remember(original: Original): void {
		cache.delete(original.text);
		cache.set(original.text, original);
		// A Map iterates in insertion order, so its first key is the least recently used file.
		while (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
	}

	/**
	 * The original `fields` came from: an equal one, else the one agreeing on most values (and the body), if at
	 * least half of its own. Values are counted leaf by leaf, not per top-level key: a taxonomy file has one key.
	 */
	function find(kind: Kind, fields: Data, body: string): { original: Original; prepared: Data; exact: boolean } | undefined {
		let best: { original: Original; prepared: Data; exact: boolean; agree: number; sameBody: boolean } | undefined;
		for (const original of [...cache.values()].reverse()) {
			if (original.kind !== kind) continue;
			const prepared = prepare(fields, (key) => key in original.fields);
			const own = prepare(original.fields, () => true);
			const sameBody = normBody(original.body) === normBody(body);
			if (sameBody && equal(prepared, own)) {
				remember(original);
				return { original, prepared, exact: true };
			}
			const theirs = leaves(prepared);
			const mine = [...leaves(own)];
			const hasBody = normBody(original.body) !== '';
			const agree = mine.filter(([path, v]) => theirs.get(path) === v).length + (hasBody && sameBody ? 1 : 0);
			if (agree === 0 || agree * 2 < mine.length + (hasBody ? 1 : 0)) continue;
			if (!best || agree > best.agree || (agree === best.agree && sameBody && !best.sameBody))
				best = { original, prepared, exact: false, agree, sameBody };
		}
		return best;
	}

	const frontMatter: Formatter = {
		fromFile(content) {
			const match = FRONT_MATTER.exec(content);
			const yaml = match?.[1] ?? '';
			const body = match ? content.slice(match[0].length) : content;
			const { fields } = parseYaml(yaml);
			remember({ kind: 'frontMatter', text: content, yaml, body, fields: structuredClone(fields) });
			// Decap leaves out a blank body, and so do we, so that reading and saving agree.
			return { ...fields, ...(body.trim() && { body }) };
		},
		toFile(data, sortedKeys) {
			const { body: given, ...rest } = data;
			const body = typeof given === 'string' && given.trim() ? given : '';
			const found = find('frontMatter', rest, body);
			if (found?.exact) return found.original.text;
			const yaml = found ? edit(found.original, found.prepared, sortedKeys) : create(rest, sortedKeys);
			return `---\n${yaml}---\n${found ? keptBody(found.original.body, body) : body}`;
		},
	};

	const yamlFile: Formatter = {
		fromFile(content) {
			const { fields } = parseYaml(content);
			remember({ kind: 'yamlFile', text: content, yaml: content, body: '', fields: structuredClone(fields) });
			return fields;
		},
		toFile(data, sortedKeys) {
			const found = find('yamlFile', data, '');
			if (found?.exact) return found.original.text;
			return found ? edit(found.original, found.prepared, sortedKeys) : create(data, sortedKeys);
		},
	};

	return { frontMatter, yamlFile };
}
