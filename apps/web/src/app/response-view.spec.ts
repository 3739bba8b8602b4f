import { describe, expect, it } from 'vitest';
import type { Question, QuestionnaireDefinition } from '@ses/questionnaire';
import { answerText, attachmentsByQuestion, fileSize, formatPoints, orderedThemeKeys, questionsByTheme } from './response-view';

function q(partial: Partial<Question> & Pick<Question, 'id' | 'theme' | 'type'>): Question {
  return {
    text: { ja: `${partial.id} の設問`, en: `Question ${partial.id}` },
    required: true,
    weight: 1,
    critical: false,
    level: 'recommended',
    depth: 'core',
    evidence: 'none',
    ...partial,
  } as Question;
}

const yes = { value: 'yes', label: { ja: 'はい', en: 'Yes' }, score: 1 };
const no = { value: 'no', label: { ja: 'いいえ', en: 'No' }, score: 0 };
const def: QuestionnaireDefinition = {
  formatVersion: 1,
  key: 'test',
  title: { ja: 'テスト', en: 'Test' },
  themes: [
    { key: 'labour', title: { ja: '労働', en: 'Labour' }, weight: 1 },
    { key: 'environment', title: { ja: '環境', en: 'Environment' }, weight: 1 },
    { key: 'quality', title: { ja: '品質', en: 'Quality' }, weight: 1 },
  ],
  questions: [
    q({ id: 'ENV-01', theme: 'environment', type: 'yes_no', options: [yes, no] }),
    q({ id: 'LAB-01', theme: 'labour', type: 'yes_no', options: [yes, no] }),
    q({ id: 'LAB-02', theme: 'labour', type: 'text', showIf: { questionId: 'LAB-01', in: ['yes'] } }),
    q({ id: 'LAB-03', theme: 'labour', type: 'number', depth: 'extended' }),
  ],
};

describe('answerText', () => {
  const multi = q({
    id: 'M',
    theme: 'labour',
    type: 'multi_choice',
    options: [
      { value: 'a', label: { ja: '方針', en: 'Policy' }, score: 0.5 },
      { value: 'b', label: { ja: '研修', en: 'Training' }, score: 0.5 },
    ],
  });

  it('shows chosen options by their label in the reader language', () => {
    expect(answerText(def.questions[1], { value: 'yes' }, 'ja')).toBe('はい');
    expect(answerText(multi, { value: ['a', 'b'] }, 'en')).toBe('Policy; Training');
    expect(answerText(multi, { value: ['a', 'b'] }, 'ja')).toBe('方針、研修');
  });

  it('shows an option no longer in the questionnaire as its value', () => {
    expect(answerText(def.questions[1], { value: 'maybe' }, 'en')).toBe('maybe');
  });

  it('formats numbers and passes text through', () => {
    expect(answerText(def.questions[3], { value: 12500 }, 'en')).toBe('12,500');
    expect(answerText(def.questions[2], { value: 'A policy since 2019' }, 'en')).toBe('A policy since 2019');
  });

  it('is null when unanswered or for files (listed apart)', () => {
    expect(answerText(def.questions[2], undefined, 'en')).toBeNull();
    expect(answerText(def.questions[2], { value: '  ' }, 'en')).toBeNull();
    expect(answerText(multi, { value: [] }, 'en')).toBeNull();
    expect(answerText(q({ id: 'F', theme: 'labour', type: 'file' }), { value: ['x'] }, 'en')).toBeNull();
  });
});

describe('questionsByTheme', () => {
  it('groups the questions asked at the depth, in the questionnaire order of themes', () => {
    const groups = questionsByTheme(def, 'core', { 'LAB-01': { value: 'no' } });
    expect(groups.map((g) => [g.key, g.questions.map((x) => x.id)])).toEqual([
      ['labour', ['LAB-01']],
      ['environment', ['ENV-01']],
    ]);
  });

  it('includes follow-ups whose condition holds and extended questions for extended suppliers', () => {
    const groups = questionsByTheme(def, 'extended', { 'LAB-01': { value: 'yes' } });
    expect(groups[0].questions.map((x) => x.id)).toEqual(['LAB-01', 'LAB-02', 'LAB-03']);
  });
});

describe('helpers', () => {
  it('orders theme keys as the questionnaire does, unknown ones last', () => {
    expect(orderedThemeKeys(def, ['quality', 'other', 'labour'])).toEqual(['labour', 'quality', 'other']);
    expect(orderedThemeKeys(null, ['b', 'a'])).toEqual(['b', 'a']);
  });

  it('lists evidence per question', () => {
    const a = { id: '1', questionId: 'LAB-01', filename: 'a.pdf', contentType: 'application/pdf', size: 10, createdAt: '' };
    const b = { ...a, id: '2', filename: 'b.pdf' };
    expect(attachmentsByQuestion([a, b]).get('LAB-01')?.map((x) => x.filename)).toEqual(['a.pdf', 'b.pdf']);
  });

  it('formats sizes and points', () => {
    expect(fileSize(500)).toBe('500 B');
    expect(fileSize(2048)).toBe('2 KB');
    expect(fileSize(1.5 * 1024 * 1024)).toBe('1.5 MB');
    expect(formatPoints(0.3333, 'en')).toBe('0.33');
    expect(formatPoints(12, 'ja')).toBe('12');
  });
});
