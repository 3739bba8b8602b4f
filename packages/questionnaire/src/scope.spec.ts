import { describe, expect, it } from 'vitest';
import { definitionSchema, type Answers, type Depth, type QuestionInput } from './format.js';
import { definitionForDepth, isAnswered, isAsked, progress, questionsInScope } from './scope.js';

const t = (en: string) => ({ ja: en, en });
const yesNo = [
  { value: 'yes', label: t('Yes'), score: 1 },
  { value: 'no', label: t('No'), score: 0 },
];
const abc = ['a', 'b', 'c'].map((value) => ({ value, label: t(value), score: 0.5 }));
const ask = (
  id: string,
  theme: string,
  type: QuestionInput['type'],
  extra: Partial<QuestionInput> = {},
): QuestionInput => ({
  id,
  theme,
  text: t(id),
  type,
  ...(type === 'yes_no' ? { options: yesNo } : type.endsWith('choice') ? { options: abc } : {}),
  ...extra,
});

// Q1 → Q2 → Q3 is a showIf chain; X1 and X2 are extended; Q4 is optional.
const definition = definitionSchema.parse({
  key: 'scope_test',
  title: t('Scope'),
  themes: ['policy', 'interns', 'other'].map((key) => ({ key, title: t(key) })),
  questions: [
    ask('Q1', 'policy', 'yes_no'),
    ask('Q2', 'policy', 'yes_no', { showIf: { questionId: 'Q1', in: ['yes'] } }),
    ask('Q3', 'policy', 'single_choice', { showIf: { questionId: 'Q2', in: ['yes'] } }),
    ask('X1', 'interns', 'multi_choice', { depth: 'extended' }),
    ask('X2', 'interns', 'text', { depth: 'extended', showIf: { questionId: 'X1', in: ['b'] } }),
    ask('Q4', 'other', 'number', { required: false }),
    ask('Q5', 'other', 'text'),
  ],
});
const byId = (id: string) => definition.questions.find((q) => q.id === id)!;
const answers = (values: Record<string, Answers[string]['value']>): Answers =>
  Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value }]));

describe('isAsked', () => {
  it.each<[string, Depth, Record<string, Answers[string]['value']>, boolean]>([
    ['Q1', 'core', {}, true],
    ['Q2', 'core', {}, false],
    ['Q2', 'core', { Q1: 'yes' }, true],
    ['Q2', 'core', { Q1: 'no' }, false],
    ['Q2', 'core', { Q1: null }, false],
    ['Q3', 'core', { Q1: 'yes', Q2: 'yes' }, true],
    // Q2 keeps a stale "yes" after Q1 turned to "no": Q3 must close with Q2.
    ['Q3', 'core', { Q1: 'no', Q2: 'yes' }, false],
    ['X1', 'core', {}, false],
    ['X1', 'extended', {}, true],
    ['X2', 'extended', { X1: ['a', 'b'] }, true],
    ['X2', 'extended', { X1: ['a', 'c'] }, false],
    ['X2', 'extended', { X1: [] }, false],
    ['X2', 'core', { X1: ['b'] }, false],
  ])('%s at %s with %j → %s', (id, depth, values, expected) => {
    expect(isAsked(byId(id), depth, answers(values), definition)).toBe(expected);
  });

  it('treats a showIf cycle (which validation forbids) as never asked', () => {
    const cyclic = definitionSchema.parse({
      ...definition,
      questions: [
        ask('A', 'policy', 'yes_no', { showIf: { questionId: 'B', in: ['yes'] } }),
        ask('B', 'policy', 'yes_no', { showIf: { questionId: 'A', in: ['yes'] } }),
      ],
    });
    const all = answers({ A: 'yes', B: 'yes' });
    expect(isAsked(cyclic.questions[0]!, 'core', all, cyclic)).toBe(false);
    expect(questionsInScope(cyclic, 'core', all)).toEqual([]);
  });
});

describe('questionsInScope', () => {
  it.each<[Depth, Record<string, Answers[string]['value']>, string[]]>([
    ['core', {}, ['Q1', 'Q4', 'Q5']],
    ['core', { Q1: 'yes', Q2: 'yes', X1: ['b'] }, ['Q1', 'Q2', 'Q3', 'Q4', 'Q5']],
    ['extended', {}, ['Q1', 'X1', 'Q4', 'Q5']],
    ['extended', { Q1: 'yes', X1: ['b'] }, ['Q1', 'Q2', 'X1', 'X2', 'Q4', 'Q5']],
  ])('at %s with %j → %j', (depth, values, expected) => {
    expect(questionsInScope(definition, depth, answers(values)).map((q) => q.id)).toEqual(expected);
  });
});

describe('definitionForDepth', () => {
  it('drops extended questions and the themes they leave empty for a core supplier', () => {
    const core = definitionForDepth(definition, 'core');
    expect(core.themes.map((th) => th.key)).toEqual(['policy', 'other']);
    expect(core.questions.map((q) => q.id)).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q5']);
    expect(core.key).toBe('scope_test');
    expect(definition.questions).toHaveLength(7);
  });

  it('keeps everything for an extended supplier', () => {
    const extended = definitionForDepth(definition, 'extended');
    expect(extended.themes.map((th) => th.key)).toEqual(['policy', 'interns', 'other']);
    expect(extended.questions).toHaveLength(7);
  });
});

describe('isAnswered', () => {
  it.each<[string, Answers[string]['value'] | undefined, boolean]>([
    ['Q1', undefined, false],
    ['Q1', null, false],
    ['Q1', 'yes', true],
    ['Q1', 'maybe', false],
    ['Q5', 'done', true],
    ['Q5', '', false],
    ['Q5', '   ', false],
    ['X1', [], false],
    ['X1', ['c'], true],
    ['Q4', 0, true],
    ['Q4', Number.NaN, false],
    ['Q4', '3', false],
  ])('%s with %j → %s', (id, value, expected) => {
    expect(isAnswered(byId(id), value === undefined ? undefined : { value })).toBe(expected);
  });
});

describe('progress', () => {
  it('counts only in-scope questions, per theme', () => {
    expect(
      progress(definition, 'core', answers({ Q1: 'yes', Q2: 'no', Q5: 'hello', X1: ['b'] })),
    ).toEqual({
      answered: 3,
      total: 4,
      requiredTotal: 3,
      requiredAnswered: 3,
      missingRequired: [],
      byTheme: {
        policy: { answered: 2, total: 2 },
        interns: { answered: 0, total: 0 },
        other: { answered: 1, total: 2 },
      },
    });
  });

  it('lists missing required questions in document order, not optional ones', () => {
    const result = progress(definition, 'extended', answers({ Q1: 'maybe', X1: ['b'] }));
    expect(result.missingRequired).toEqual(['Q1', 'X2', 'Q5']);
    expect(result).toMatchObject({ answered: 1, total: 5, requiredTotal: 4, requiredAnswered: 1 });
    expect(result.byTheme.interns).toEqual({ answered: 1, total: 2 });
  });
});
