/**
 * The CMS's own YAML formats: saving an entry must change only the lines the editor changed, leave
 * untouched files byte for byte, and never write empty values. Fixtures are the real files in content/.
 */
import { describe, expect, test } from 'vitest';
import { createYamlFormats } from './yaml-format.ts';
import {
	read,
	PARK_ZH,
	PARK_EN,
	PROJECT,
	SITE,
	EXPOS,
	YAML,
	MARKDOWN,
	SORTED_KEYS,
	lineDiff,
	open,
	save,
	type Data,
} from './yaml-format.fixtures.ts';

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
