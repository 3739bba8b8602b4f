import { describe, expect, it } from 'vitest';
import { diffDefinitions } from './diff.js';
import { definitionSchema } from './format.js';

const t = (ja: string, en: string) => ({ ja, en });
const base = () =>
  definitionSchema.parse({
    key: 'k',
    title: t('調査', 'Survey'),
    themes: [{ key: 'labour', title: t('労働', 'Labour') }],
    questions: [
      { id: 'Q1', theme: 'labour', type: 'yes_no', text: t('質問1', 'Question 1'), options: [{ value: 'yes', label: t('はい', 'Yes'), score: 1 }, { value: 'no', label: t('いいえ', 'No'), score: 0 }] },
      { id: 'Q2', theme: 'labour', type: 'text', text: t('質問2', 'Question 2') },
    ],
  });

describe('diffDefinitions', () => {
  it('finds nothing between equal versions', () => {
    expect(diffDefinitions(base(), base())).toEqual({ title: [], themes: [], questions: [] });
  });

  it('reports added, removed and changed questions field by field', () => {
    const after = base();
    after.questions[0].text.en = 'Question one';
    after.questions[0].critical = true;
    after.questions.splice(1, 1);
    after.questions.push({ ...after.questions[0], id: 'Q3' });
    after.title.ja = '新しい調査';
    const d = diffDefinitions(base(), after);
    expect(d.title).toEqual([{ field: 'title.ja', before: '調査', after: '新しい調査' }]);
    expect(d.questions).toEqual([
      { kind: 'changed', id: 'Q1', fields: [{ field: 'text.en', before: 'Question 1', after: 'Question one' }, { field: 'critical', before: false, after: true }] },
      { kind: 'added', id: 'Q3', fields: [] },
      { kind: 'removed', id: 'Q2', fields: [] },
    ]);
  });

  it('reports theme changes by key', () => {
    const after = base();
    after.themes[0].weight = 2;
    expect(diffDefinitions(base(), after).themes).toEqual([{ kind: 'changed', id: 'labour', fields: [{ field: 'weight', before: 1, after: 2 }] }]);
  });
});
