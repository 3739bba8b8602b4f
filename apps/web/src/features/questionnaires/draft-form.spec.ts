import { describe, expect, it } from 'vitest';
import { getAt, itemsOf, parseWeight, setAt, setText, textAt } from './draft-form';

const doc = () => ({
  title: { ja: 'タ', en: 'T' },
  themes: [{ key: 'a', title: { ja: 'あ', en: 'A' }, weight: 1 }],
  questions: [{ id: 'Q-1', text: { ja: '質', en: 'Q' }, help: { ja: 'ヘ', en: 'H' } }, 'junk'],
});

describe('draft form edits', () => {
  it('sets a value along a path, copying only that path', () => {
    const before = doc();
    const after = setAt(before, ['themes', 0, 'weight'], 2);
    expect(getAt(after, ['themes', 0, 'weight'])).toBe(2);
    expect(before.themes[0].weight).toBe(1);
    expect(after.questions).toBe(before.questions);
    expect(after.themes[0].title).toBe(before.themes[0].title);
  });

  it('creates missing objects and removes keys set to undefined', () => {
    expect(setAt({}, ['questions', 0, 'guidance', 'ja'], 'x')).toEqual({ questions: [{ guidance: { ja: 'x' } }] });
    expect(setAt({ a: 1, b: 2 }, ['a'], undefined)).toEqual({ b: 2 });
    expect(getAt({ a: 'text' }, ['a', 'b'])).toBeUndefined();
    expect(getAt({ a: [1] }, ['a', 'x'])).toBeUndefined();
  });

  it('edits one language of a text and drops an optional text emptied in both', () => {
    let d: Record<string, unknown> = doc();
    d = setText(d, ['questions', 0, 'text'], 'en', 'Question', false);
    expect(getAt(d, ['questions', 0, 'text'])).toEqual({ ja: '質', en: 'Question' });
    d = setText(d, ['questions', 0, 'guidance'], 'ja', '是正', true);
    expect(getAt(d, ['questions', 0, 'guidance'])).toEqual({ ja: '是正', en: '' });
    d = setText(d, ['questions', 0, 'help'], 'ja', '', true);
    expect(getAt(d, ['questions', 0, 'help'])).toEqual({ ja: '', en: 'H' });
    d = setText(d, ['questions', 0, 'help'], 'en', ' ', true);
    expect(getAt(d, ['questions', 0])).not.toHaveProperty('help');
    // A required text stays, even empty: the validator then says it is missing.
    d = setText(d, ['title'], 'ja', '', false);
    expect(getAt(d, ['title'])).toEqual({ ja: '', en: 'T' });
    expect(textAt(d, ['title'], 'en')).toBe('T');
    expect(textAt(d, ['nothing'], 'en')).toBe('');
  });

  it('reads weights and list items leniently', () => {
    expect(parseWeight('2')).toBe(2);
    expect(parseWeight(' 0,5 ')).toBe(0.5);
    expect(parseWeight('')).toBe('');
    expect(parseWeight('x')).toBe('x');
    expect(itemsOf(doc(), 'questions').map((x) => x.index)).toEqual([0]);
    expect(itemsOf({ themes: 'no' }, 'themes')).toEqual([]);
  });
});
