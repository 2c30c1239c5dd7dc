/**
 * The CMS's own YAML formats when an editor clears or adds values, creates an entry, or saves one of
 * an entry's two language files. Fixtures are the real files in content/.
 */
import { describe, expect, test } from 'vitest';
import { createYamlFormats } from './yaml-format.ts';
import { read, PARK_ZH, PARK_EN, PROJECT, SORTED_KEYS, lineDiff, open, save } from './yaml-format.fixtures.ts';

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
