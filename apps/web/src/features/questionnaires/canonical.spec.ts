import { describe, expect, it } from 'vitest';
import { canonicalOrder, toEditorText } from './canonical';

describe('editor key order', () => {
  it('puts keys in the order of the format, keeping unknown keys and values as they are', () => {
    const stored = {
      key: 'k',
      title: { en: 'T', ja: 'タ' },
      themes: [{ weight: 2, key: 'general', title: { en: 'G', ja: 'ジ' } }],
      questions: [
        {
          type: 'yes_no',
          id: 'Q-1',
          extra: 1,
          theme: 'general',
          text: { en: 'Q', ja: '質' },
          showIf: { in: ['yes'], questionId: 'Q-0' },
          options: [{ score: null, label: { en: 'N/A', ja: '該当なし' }, value: 'na' }],
        },
      ],
      formatVersion: 1,
    };
    const out = canonicalOrder(stored) as typeof stored;
    expect(Object.keys(out)).toEqual(['formatVersion', 'key', 'title', 'themes', 'questions']);
    expect(Object.keys(out.title)).toEqual(['ja', 'en']);
    expect(Object.keys(out.themes[0])).toEqual(['key', 'title', 'weight']);
    expect(Object.keys(out.questions[0])).toEqual(['id', 'theme', 'type', 'text', 'options', 'showIf', 'extra']);
    expect(Object.keys(out.questions[0].options[0])).toEqual(['value', 'label', 'score']);
    expect(Object.keys(out.questions[0].options[0].label)).toEqual(['ja', 'en']);
    expect(Object.keys(out.questions[0].showIf)).toEqual(['questionId', 'in']);
    expect(out).toEqual(stored);
  });

  it('leaves anything that is not a definition alone', () => {
    expect(canonicalOrder([1, 2])).toEqual([1, 2]);
    expect(canonicalOrder(null)).toBeNull();
    expect(toEditorText({ themes: 'x' })).toBe('{\n  "themes": "x"\n}\n');
  });
});
