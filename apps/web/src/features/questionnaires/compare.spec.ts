import { describe, expect, it } from 'vitest';
import { groupFields, presentDiff } from './compare';
import { fixture } from './test-fixture';

describe('compare presentation', () => {
  it('groups bilingual fields per language and keeps other fields whole', () => {
    const rows = groupFields([
      { field: 'text.ja', before: '旧', after: '新' },
      { field: 'critical', before: false, after: true },
      { field: 'text.en', before: 'Old', after: 'New' },
      { field: 'help', before: undefined, after: { ja: 'ヘルプ', en: 'Help' } },
      { field: 'options', before: [{ value: 'a' }], after: [] },
    ]);
    expect(rows).toEqual([
      { kind: 'text', field: 'text', ja: { before: '旧', after: '新' }, en: { before: 'Old', after: 'New' } },
      { kind: 'value', field: 'critical', change: { before: false, after: true } },
      { kind: 'text', field: 'help', ja: { before: undefined, after: 'ヘルプ' }, en: { before: undefined, after: 'Help' } },
      { kind: 'value', field: 'options', change: { before: [{ value: 'a' }], after: [] } },
    ]);
    expect(groupFields([{ field: 'guidance.en', before: 'a', after: 'b' }])).toEqual([
      { kind: 'text', field: 'guidance', ja: null, en: { before: 'a', after: 'b' } },
    ]);
  });

  it('summarises added, removed and changed themes and questions, with labels', () => {
    const from = fixture();
    const to = fixture();
    to.title = { ...to.title, en: 'Renamed' };
    to.themes.push({ key: 'quality', title: { ja: '品質', en: 'Quality' }, weight: 1 });
    to.questions = to.questions.filter((q) => q.id !== 'LAB-02');
    to.questions[0] = { ...to.questions[0], critical: false, text: { ja: '方針は？', en: 'Policy?' } };
    to.questions.push({ ...to.questions[2], id: 'QUA-01', theme: 'quality' });

    const view = presentDiff(from, to);
    expect(view.summary).toEqual({
      questions: { added: 1, removed: 1, changed: 1 },
      themes: { added: 1, removed: 0, changed: 0 },
      header: 1,
      total: 5,
    });
    expect(view.header).toEqual([{ kind: 'text', field: 'title', ja: null, en: { before: 'Test survey', after: 'Renamed' } }]);
    expect(view.themes).toEqual([{ kind: 'added', id: 'quality', label: { ja: '品質', en: 'Quality' }, theme: null, fields: [] }]);
    const changed = view.questions.find((q) => q.kind === 'changed')!;
    expect(changed).toMatchObject({ id: 'GEN-01', theme: 'general', label: { en: 'Policy?' } });
    expect(changed.fields.map((f) => f.field)).toEqual(['text', 'critical']);
    // A removed question is labelled from the older version.
    expect(view.questions.find((q) => q.kind === 'removed')).toMatchObject({ id: 'LAB-02', label: { en: 'How many?' } });
  });

  it('has nothing to show for identical versions', () => {
    expect(presentDiff(fixture(), fixture()).summary.total).toBe(0);
  });
});
