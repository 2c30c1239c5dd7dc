import { describe, expect, it } from 'vitest';
import type { Case } from '../../catalogue/catalogue.ts';
import { cases } from '../../schema/collections.ts';
import { caseResults } from './case-facts.ts';

const story = (outcome: Case['data']['outcome']) => ({ id: 'test', untranslated: [], data: { outcome } }) as unknown as Case;
const of = cases.fields.outcome.fields;

describe('a success story’s results', () => {
	it('list only what the editor gave', () => {
		const results = caseResults(story({ jobs: 1200 }), { locale: 'en' });
		expect(results.map((r) => r.label)).toEqual([of.jobs.label.en]);
		expect(results[0]!.value).toContain('1,200');
	});

	it('say the note in the original where it has no translation', () => {
		const [note] = caseResults(story({ note: { 'zh-CN': '当年投产。' } }), { locale: 'en' });
		expect(note).toMatchObject({ label: of.note.label.en, value: '当年投产。', lang: 'zh-CN' });
	});

	it('are empty without an outcome', () => {
		expect(caseResults(story(undefined), { locale: 'zh-CN' })).toEqual([]);
	});
});
