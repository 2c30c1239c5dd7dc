/**
 * The CMS's own YAML formats: saving an entry must change only the lines the editor changed, leave
 * untouched files byte for byte, and never write empty values. Fixtures are the real files in content/.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createYamlFormats, type Formatter } from './yaml-format.ts';

type Data = Record<string, unknown>;

const read = (path: string) => readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8');

const PARK_ZH = 'parks/kunming-etdz/index.zh-CN.md';
const PARK_EN = 'parks/kunming-etdz/index.en.md';
const PROJECT = 'projects/yn-2026-0001/index.zh-CN.md';
const PROJECT_EN = 'projects/yn-2026-0001/index.en.md';
const SITE = 'site.yaml';
const EXPOS = 'taxonomies/expos.yaml';
const MARKDOWN = [PARK_ZH, PARK_EN, PROJECT, PROJECT_EN, 'projects/yn-2026-0004/index.zh-CN.md', 'parks/anning-industrial/index.zh-CN.md'];
const YAML = [SITE, EXPOS, 'taxonomies/industries.yaml', 'taxonomies/prefectures.yaml'];

// The order of the project fields in src/schema/collections.ts, as Decap passes it to toFile.
const SORTED_KEYS = (
	'code title summary industry prefecture county park investment cooperation stage landArea construction market conditions returns ' +
	'contact location recommended expos images imageAlts attachments published updated validUntil'
).split(' ');

/** The lines removed and added between two texts, as `git diff` shows them (longest common subsequence). */
function lineDiff(before: string, after: string): { removed: string[]; added: string[] } {
	const a = before.split('\n');
	const b = after.split('\n');
	const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
	for (let i = a.length - 1; i >= 0; i--) {
		for (let j = b.length - 1; j >= 0; j--)
			lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
	}
	const removed: string[] = [];
	const added: string[] = [];
	let [i, j] = [0, 0];
	while (i < a.length || j < b.length) {
		if (i < a.length && j < b.length && a[i] === b[j]) [i, j] = [i + 1, j + 1];
		else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) added.push(b[j++]!);
		else removed.push(a[i++]!);
	}
	return { removed, added };
}

/** Reads a file as Decap does, with a copy of the data the way the editor hands it back. */
function open(format: Formatter, path: string): { text: string; data: Data } {
	const text = read(path);
	return { text, data: structuredClone(format.fromFile(text)) };
}

/** Saves, checks that reading the result gives the data back, and returns the text. */
function save(format: Formatter, data: Data, expected: Data, sortedKeys?: string[]): string {
	const text = format.toFile(structuredClone(data), sortedKeys);
	expect(format.fromFile(text)).toStrictEqual(expected);
	return text;
}

describe('reading', () => {
	test('parses like Decap: YAML 1.2 core schema, the body apart and only when there is one', () => {
		const { frontMatter, yamlFile } = createYamlFormats();
		const project = frontMatter.fromFile(read(PROJECT));
		expect(project).toMatchObject({ investment: expect.any(Number), published: expect.any(String), updated: expect.any(String) });
		expect(project.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(frontMatter.fromFile('---\ntitle: A\nupdated: 2026-10-28 16:30\nphone: 0871-67100000\n---\n\n')).toStrictEqual({
			title: 'A',
			updated: '2026-10-28 16:30',
			phone: '0871-67100000',
		});
		expect(frontMatter.fromFile('---\ntitle: A\n---\nText\n')).toStrictEqual({ title: 'A', body: 'Text\n' });
		expect(yamlFile.fromFile(read(SITE))).toMatchObject({ postcode: expect.any(String), map: { zoom: expect.any(Number) } });
		expect(() => yamlFile.fromFile('a: [1')).toThrow(/YAML/);
	});
});

describe('unchanged files', () => {
	test('come back byte for byte, after other files were read in between', () => {
		const { frontMatter, yamlFile } = createYamlFormats();
		const opened = [
			...MARKDOWN.map((p) => ({ p, f: frontMatter, ...open(frontMatter, p) })),
			...YAML.map((p) => ({ p, f: yamlFile, ...open(yamlFile, p) })),
		];
		for (const { p, f, text, data } of opened) expect(f.toFile(data, SORTED_KEYS), p).toBe(text);
		// Saving in reverse order, after each file was saved once, too.
		for (const { p, f, text, data } of opened.reverse()) expect(f.toFile(data), p).toBe(text);
	});

	test('the empty values and the false Decap adds, and a body without its final newline, change nothing', () => {
		const { frontMatter } = createYamlFormats();
		const { text, data } = open(frontMatter, PARK_ZH);
		const body = String(data.body);
		const decap = {
			...data,
			body: body.trimEnd(),
			categories: [],
			attachments: [],
			subtitle: '',
			note: null,
			extra: { a: '', b: [] },
			recommended: false,
		};
		expect(frontMatter.toFile(decap, SORTED_KEYS)).toBe(text);
	});
});

describe('a change changes exactly its line', () => {
	test('a number in a project', () => {
		const { frontMatter } = createYamlFormats();
		const { text, data } = open(frontMatter, PROJECT);
		const out = save(frontMatter, { ...data, investment: 420000 }, { ...data, investment: 420000 }, SORTED_KEYS);
		expect(lineDiff(text, out)).toStrictEqual({ removed: [`investment: ${data.investment}`], added: ['investment: 420000'] });
	});

	test('a phone inside the list of contacts, and a flow map next to it', () => {
		const { frontMatter } = createYamlFormats();
		const { text, data } = open(frontMatter, PARK_ZH);
		const contacts = data.contacts as { phone: string; office: Record<string, string> }[];
		const changed = structuredClone(data);
		(changed.contacts as typeof contacts)[0]!.phone = '0871-67109999';
		expect(lineDiff(text, save(frontMatter, changed, changed))).toStrictEqual({
			removed: [`    phone: ${contacts[0]!.phone}`],
			added: ['    phone: 0871-67109999'],
		});
		(changed.contacts as typeof contacts)[0]!.office.en = 'Service Section';
		const out = save(frontMatter, changed, changed);
		expect(lineDiff(text, out).added).toStrictEqual([
			`  - office: { zh-CN: ${contacts[0]!.office['zh-CN']}, en: Service Section }`,
			'    phone: 0871-67109999',
		]);
	});

	test('a quoted string keeps its quotes, the English file keeps its long lines', () => {
		const { frontMatter } = createYamlFormats();
		const zh = open(frontMatter, PARK_ZH);
		const en = open(frontMatter, PARK_EN);
		const alts = ['示意插画：新的说明'];
		expect(lineDiff(zh.text, save(frontMatter, { ...zh.data, imageAlts: alts }, { ...zh.data, imageAlts: alts }))).toStrictEqual({
			removed: [`  - "${(zh.data.imageAlts as string[])[0]}"`],
			added: ['  - "示意插画：新的说明"'],
		});
		const title = 'Kunming Economic and Technological Development Zone (national)';
		const out = save(frontMatter, { ...en.data, title }, { ...en.data, title });
		expect(lineDiff(en.text, out)).toStrictEqual({ removed: [`title: ${en.data.title}`], added: [`title: ${title}`] });
		expect(out).toContain(`summary: ${en.data.summary}\n`);
	});

	test('an expo date in expos.yaml stays a plain date inside its list', () => {
		const { yamlFile } = createYamlFormats();
		const { text, data } = open(yamlFile, EXPOS);
		const changed = structuredClone(data);
		const expo = (changed.expos as { start: string }[])[1]!;
		const old = expo.start;
		expo.start = '2026-11-06';
		expect(lineDiff(text, save(yamlFile, changed, changed))).toStrictEqual({
			removed: [`    start: ${old}`],
			added: ['    start: 2026-11-06'],
		});
	});

	test('fields of site.yaml, with its comments and quoted strings kept', () => {
		const { yamlFile } = createYamlFormats();
		const { text, data } = open(yamlFile, SITE);
		const changed = structuredClone(data) as Data & { map: { zoom: number }; tagline: { en: string } };
		const { map, tagline, phone } = data as typeof changed;
		changed.map.zoom = 7;
		changed.phone = '0871-65009999';
		changed.tagline.en = `${tagline.en} — and we answer every enquiry within one working day`;
		const out = save(yamlFile, changed, changed);
		expect(lineDiff(text, out)).toStrictEqual({
			removed: [`  en: ${tagline.en}`, `phone: ${phone}`, `  zoom: ${map.zoom}`],
			added: [`  en: ${changed.tagline.en}`, 'phone: 0871-65009999', '  zoom: 7'],
		});
		const comments = text.split('\n').filter((line) => line.trimStart().startsWith('#'));
		expect(comments.length).toBeGreaterThan(3);
		for (const comment of comments) expect(out.split('\n')).toContain(comment);
	});

	test('untouched keys are copied from the file, even where the YAML printer would write them differently', () => {
		const { frontMatter } = createYamlFormats();
		const { text, data } = open(frontMatter, 'parks/mohan-border/index.zh-CN.md');
		// The boundary is written `[[[lng, lat], …]]`; the printer would pad it as `[ [ [ lng, lat ], … ] ]`.
		expect(text).toContain('coordinates: [[[');
		const out = save(frontMatter, { ...data, areaKm2: 33 }, { ...data, areaKm2: 33 }, SORTED_KEYS);
		expect(lineDiff(text, out)).toStrictEqual({ removed: [`areaKm2: ${data.areaKm2}`], added: ['areaKm2: 33'] });
	});

	test('comments after a changed block stay where they were, once', () => {
		const { yamlFile } = createYamlFormats();
		const text = '# head\n\nmap:\n  zoom: 6\n  # after zoom\n# about cms\n\ncms:\n  branch: main # the default\n';
		expect(yamlFile.fromFile(text)).toStrictEqual({ map: { zoom: 6 }, cms: { branch: 'main' } });
		const changed = { map: { zoom: 7 }, cms: { branch: 'main' } };
		expect(save(yamlFile, changed, changed)).toBe(text.replace('zoom: 6', 'zoom: 7'));
		// Written as a new file the same data has no comments: the ones above come from the original.
		expect(createYamlFormats().yamlFile.toFile(changed)).toBe('map:\n  zoom: 7\ncms:\n  branch: main\n');
		// A `#` line inside a literal block is text, not a trailing comment.
		const faq = 'faq:\n  - q: x\n    a: |\n      text\n      # not a comment\n\n  # trailing\ncms: 1\n';
		const faqData = yamlFile.fromFile(faq) as { faq: { q: string; a: string }[] };
		expect(faqData.faq[0]!.a).toBe('text\n# not a comment\n');
		const asked = { ...faqData, faq: [{ ...faqData.faq[0]!, q: 'y' }] };
		expect(save(yamlFile, asked, asked)).toBe(faq.replace('q: x', 'q: y'));
	});

	test('an edited body keeps the blank line after the front matter and the final newline', () => {
		const { frontMatter } = createYamlFormats();
		const { text, data } = open(frontMatter, PARK_ZH);
		const body = String(data.body);
		const line = body.split('\n').find((l) => l.startsWith('园区推行'))!;
		const edited = body.trim().replace(line, '园区推行“一站式”审批服务。');
		const out = frontMatter.toFile({ ...data, body: edited }, SORTED_KEYS);
		expect(lineDiff(text, out)).toStrictEqual({ removed: [line], added: ['园区推行“一站式”审批服务。'] });
	});
});

describe('clearing and adding', () => {
	test('clearing a value deletes its lines and adds nothing', () => {
		const { frontMatter } = createYamlFormats();
		const { text, data } = open(frontMatter, PROJECT);
		const contact = data.contact as Record<string, unknown>;
		const changed = { ...data, county: '', expos: [], contact: { ...contact, email: '' } };
		const { county: _county, expos, ...kept } = data;
		const { email: _email, ...contactKept } = contact;
		const out = save(frontMatter, changed, { ...kept, contact: contactKept });
		expect(lineDiff(text, out)).toStrictEqual({
			removed: [`county: ${data.county}`, `  email: ${contact.email}`, 'expos:', ...(expos as string[]).map((e) => `  - ${e}`)],
			added: [],
		});
	});

	test('an existing false stays, a new false is not added, true to false changes one line', () => {
		const { frontMatter } = createYamlFormats();
		const project = open(frontMatter, PROJECT);
		const other = open(frontMatter, 'projects/yn-2026-0003/index.zh-CN.md');
		expect(frontMatter.toFile({ ...other.data, recommended: false }, SORTED_KEYS)).toBe(other.text);
		const off = save(frontMatter, { ...project.data, recommended: false }, { ...project.data, recommended: false }, SORTED_KEYS);
		expect(lineDiff(project.text, off)).toStrictEqual({ removed: ['recommended: true'], added: ['recommended: false'] });
		const offData = frontMatter.fromFile(off);
		expect(frontMatter.toFile({ ...offData, title: `${String(offData.title)}（二期）` }, SORTED_KEYS)).toContain('\nrecommended: false\n');
	});

	test('a new optional key goes where sortedKeys puts it, or last without them', () => {
		const { frontMatter } = createYamlFormats();
		const { text, data } = open(frontMatter, 'projects/yn-2026-0004/index.zh-CN.md');
		const withPark = { ...data, park: 'kunming-etdz' };
		const out = save(frontMatter, withPark, withPark, SORTED_KEYS);
		expect(lineDiff(text, out)).toStrictEqual({ removed: [], added: ['park: kunming-etdz'] });
		const lines = out.split('\n');
		expect(lines.indexOf('park: kunming-etdz')).toBe(lines.indexOf(`county: ${data.county}`) + 1);

		const last = createYamlFormats().frontMatter;
		last.fromFile(text);
		const atEnd = last.toFile(withPark).split('\n');
		expect(atEnd[atEnd.indexOf('park: kunming-etdz') + 1]).toBe('---');
	});
});

describe('new files', () => {
	test('front matter in sortedKeys order, without empty values, with bilingual flow maps and plain dates', () => {
		const { frontMatter } = createYamlFormats();
		const data = {
			body: '项目正文。\n',
			published: '2026-10-20',
			updated: '2026-10-20 09:30',
			validUntil: '',
			code: 'YN-2026-0999',
			title: '新项目',
			county: '',
			park: null,
			investment: 5000,
			cooperation: ['sole'],
			expos: [],
			recommended: false,
			returns: { annualOutput: undefined, jobs: null },
			contact: {
				office: { 'zh-CN': '投资促进局', en: 'Investment Promotion Bureau' },
				person: { 'zh-CN': '', en: '' },
				phone: '0871-1234567',
			},
			location: { lat: 24.9, lng: 102.8 },
			zipcode: '650000',
		};
		const out = save(
			frontMatter,
			data,
			{
				code: 'YN-2026-0999',
				title: '新项目',
				investment: 5000,
				cooperation: ['sole'],
				contact: { office: { 'zh-CN': '投资促进局', en: 'Investment Promotion Bureau' }, phone: '0871-1234567' },
				location: { lat: 24.9, lng: 102.8 },
				published: '2026-10-20',
				updated: '2026-10-20 09:30',
				zipcode: '650000',
				body: '项目正文。\n',
			},
			SORTED_KEYS
		);
		expect(out).toBe(
			[
				'---',
				'code: YN-2026-0999',
				'title: 新项目',
				'investment: 5000',
				'cooperation:',
				'  - sole',
				'contact:',
				'  office: { zh-CN: 投资促进局, en: Investment Promotion Bureau }',
				'  phone: 0871-1234567',
				'location:',
				'  lat: 24.9',
				'  lng: 102.8',
				'published: 2026-10-20',
				'updated: 2026-10-20 09:30',
				'zipcode: "650000"',
				'---',
				'项目正文。',
				'',
			].join('\n')
		);
		expect(save(frontMatter, { title: 'Only a title', body: '  ' }, { title: 'Only a title' })).toBe('---\ntitle: Only a title\n---\n');
	});

	test('a YAML file with a list of bilingual entries, long lines unfolded', () => {
		const { yamlFile } = createYamlFormats();
		const venue = {
			'zh-CN': '昆明滇池国际会展中心',
			en: 'Kunming Dianchi International Convention and Exhibition Center, Kunming, Yunnan',
		};
		const data = {
			expos: [
				{
					id: 'new-expo-2028',
					name: { 'zh-CN': '新博览会', en: 'New Expo' },
					short: { 'zh-CN': '', en: '' },
					start: '2028-05-01',
					end: '2028-05-03',
					venue,
				},
			],
		};
		const out = save(yamlFile, data, {
			expos: [{ id: 'new-expo-2028', name: { 'zh-CN': '新博览会', en: 'New Expo' }, start: '2028-05-01', end: '2028-05-03', venue }],
		});
		expect(out).toBe(
			[
				'expos:',
				'  - id: new-expo-2028',
				'    name: { zh-CN: 新博览会, en: New Expo }',
				'    start: 2028-05-01',
				'    end: 2028-05-03',
				// A comma ends a plain scalar in a flow map, so this one needs quotes.
				`    venue: { zh-CN: 昆明滇池国际会展中心, en: "${venue.en}" }`,
				'',
			].join('\n')
		);
	});
});

describe('finding the file a save belongs to', () => {
	test.each([
		['Chinese first', [PARK_ZH, PARK_EN]],
		['English first', [PARK_EN, PARK_ZH]],
	])('the Chinese and English files of one entry (%s)', (_, order) => {
		const { frontMatter } = createYamlFormats();
		const files = Object.fromEntries(order.map((p) => [p, open(frontMatter, p)]));
		const zh = files[PARK_ZH]!;
		const en = files[PARK_EN]!;
		const enOut = save(frontMatter, { ...en.data, county: 'Guandu' }, { ...en.data, county: 'Guandu' });
		expect(lineDiff(en.text, enOut)).toStrictEqual({ removed: [`county: ${en.data.county}`], added: ['county: Guandu'] });
		const zhOut = save(frontMatter, { ...zh.data, county: '官渡' }, { ...zh.data, county: '官渡' });
		expect(lineDiff(zh.text, zhOut)).toStrictEqual({ removed: [`county: ${zh.data.county}`], added: ['county: 官渡'] });
	});

	test('two entries with the same keys', () => {
		const { frontMatter } = createYamlFormats();
		const a = open(frontMatter, 'projects/yn-2026-0005/index.zh-CN.md');
		const b = open(frontMatter, 'projects/yn-2026-0006/index.zh-CN.md');
		expect(Object.keys(a.data)).toStrictEqual(Object.keys(b.data));
		for (const { text, data } of [a, b]) {
			const out = save(frontMatter, { ...data, landArea: 999 }, { ...data, landArea: 999 }, SORTED_KEYS);
			expect(lineDiff(text, out)).toStrictEqual({ removed: [`landArea: ${data.landArea}`], added: ['landArea: 999'] });
		}
	});

	test.each([
		['draft', 'published'],
		['published', 'draft'],
	])('the closest of two versions of one entry (read %s first)', (...order) => {
		const { frontMatter } = createYamlFormats();
		const published = read(PROJECT);
		const { investment, stage, title, county } = createYamlFormats().frontMatter.fromFile(published);
		// An editorial-workflow draft: two values changed, and one quoted, so it prints differently.
		const draftText = published
			.replace(`investment: ${investment}\n`, 'investment: 360000\n')
			.replace(`title: ${title}\n`, 'title: 磷酸铁锂正极材料项目\n')
			.replace(`county: ${county}\n`, `county: "${county}"\n`);
		expect(lineDiff(published, draftText).added).toHaveLength(3);
		const texts: Record<string, string> = { draft: draftText, published };
		const draft = order.map((version) => structuredClone(frontMatter.fromFile(texts[version]!))).find((d) => d.title !== title)!;
		const out = save(frontMatter, { ...draft, stage: 'signed' }, { ...draft, stage: 'signed' }, SORTED_KEYS);
		expect(lineDiff(draftText, out)).toStrictEqual({ removed: [`stage: ${stage}`], added: ['stage: signed'] });
	});

	test('a file read too long ago is written as a new file, still correctly', () => {
		const { frontMatter } = createYamlFormats({ cacheSize: 3 });
		const [project, first, second] = [PROJECT, 'parks/anning-industrial/index.zh-CN.md', 'parks/dali-etdz/index.zh-CN.md'].map((p) =>
			open(frontMatter, p)
		);
		// Three files fit; saving the project makes it the most recent, so the first park is now the oldest.
		expect(frontMatter.toFile(project!.data, SORTED_KEYS)).toBe(project!.text);
		const fourth = open(frontMatter, 'parks/baoshan-industrial/index.zh-CN.md');
		const fresh = frontMatter.toFile(first!.data, SORTED_KEYS);
		expect(fresh).not.toBe(first!.text);
		expect(createYamlFormats().frontMatter.fromFile(fresh)).toStrictEqual(first!.data);
		for (const { text, data } of [project!, second!, fourth]) expect(frontMatter.toFile(data, SORTED_KEYS)).toBe(text);
	});
});
