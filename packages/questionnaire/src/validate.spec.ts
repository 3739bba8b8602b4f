import { describe, expect, it } from 'vitest';
import type { QuestionnaireDefinitionInput } from './format.js';
import { base, t, yesNo } from './testing/definition.js';
import { assertValidDefinition, InvalidDefinitionError, validateDefinition } from './validate.js';

type Mutable = { [key: string]: any };
const q = (d: QuestionnaireDefinitionInput, i: number) => d.questions[i] as Mutable;

// One row per rule: a mutation of the valid base and the exact path it must be reported at.
const rows: {
  rule: string;
  mutate: (d: QuestionnaireDefinitionInput) => void;
  path: string;
  message: string;
}[] = [
  {
    rule: 'theme keys are unique',
    mutate: (d) => d.themes.push({ key: 'labour', title: t('Again') }),
    path: 'themes[2].key',
    message: 'theme key "labour" is already used by themes[1]',
  },
  {
    rule: 'question ids are unique',
    mutate: (d) => (q(d, 3).id = 'LAB-01'),
    path: 'questions[3].id',
    message: 'question id "LAB-01" is already used by questions[2]',
  },
  {
    rule: 'option values are unique',
    mutate: (d) => (q(d, 1).options[2].value = 'full'),
    path: 'questions[1].options[2].value',
    message: 'GEN-02 offers the value "full" more than once',
  },
  {
    rule: "a question's theme exists",
    mutate: (d) => (q(d, 3).theme = 'labor'),
    path: 'questions[3].theme',
    message: 'LAB-02 belongs to theme "labor", which is not in the themes list',
  },
  {
    rule: 'a choice question has ≥ 2 options',
    mutate: (d) => q(d, 1).options.splice(1),
    path: 'questions[1].options',
    message: 'GEN-02 is a single_choice question and needs at least 2 options; it has 1',
  },
  {
    rule: 'a yes_no question without options',
    mutate: (d) => delete q(d, 7).options,
    path: 'questions[7].options',
    message: 'LAB-06 is a yes_no question and needs at least 2 options; it has 0',
  },
  {
    rule: 'a non-choice question has no options',
    mutate: (d) => (q(d, 3).options = yesNo),
    path: 'questions[3].options',
    message: 'LAB-02 is a number question and takes no options',
  },
  {
    rule: 'showIf names a question',
    mutate: (d) => (q(d, 1).showIf.questionId = 'GEN-99'),
    path: 'questions[1].showIf.questionId',
    message: 'GEN-02 depends on "GEN-99", which is not a question here',
  },
  {
    rule: 'showIf names an earlier question',
    mutate: (d) => (q(d, 1).showIf = { questionId: 'LAB-01', in: ['a'] }),
    path: 'questions[1].showIf.questionId',
    message:
      'GEN-02 depends on "LAB-01", which comes later; showIf must refer to an earlier question',
  },
  {
    rule: 'showIf does not name its own question',
    mutate: (d) => (q(d, 1).showIf = { questionId: 'GEN-02', in: ['full'] }),
    path: 'questions[1].showIf.questionId',
    message: 'GEN-02 cannot depend on itself',
  },
  {
    rule: 'showIf names a choice question',
    mutate: (d) => (q(d, 7).showIf = { questionId: 'LAB-02', in: ['3'] }),
    path: 'questions[7].showIf.questionId',
    message:
      'LAB-06 depends on "LAB-02", a number question; showIf needs a choice question (yes_no, single_choice, multi_choice)',
  },
  {
    rule: 'showIf values are options',
    mutate: (d) => (q(d, 7).showIf.in = ['a', 'z']),
    path: 'questions[7].showIf.in[1]',
    message: '"z" is not an option of LAB-01',
  },
  {
    rule: 'a core question does not depend on an extended one',
    mutate: (d) =>
      d.questions.push({
        id: 'LAB-07',
        theme: 'labour',
        text: t('Which programme?'),
        type: 'text',
        showIf: { questionId: 'LAB-06', in: ['yes'] },
      }),
    path: 'questions[8].showIf.questionId',
    message:
      'LAB-07 is a core question but depends on "LAB-06", which is asked only at the extended depth',
  },
  {
    rule: 'a critical question is a choice question',
    mutate: (d) => Object.assign(q(d, 3), { critical: true, guidance: t('Count') }),
    path: 'questions[3].critical',
    message: 'LAB-02 is critical but a number question; only a choice question can be failed',
  },
  {
    rule: 'a critical question can score 0',
    mutate: (d) => (q(d, 0).options = [yesNo[0], { ...yesNo[1], score: null }]),
    path: 'questions[0].options',
    message: 'GEN-01 is critical, so one of its options must score 0',
  },
  {
    rule: 'a critical question has guidance',
    mutate: (d) => delete q(d, 0).guidance,
    path: 'questions[0].guidance',
    message: 'GEN-01 is critical and needs corrective guidance in Japanese and English',
  },
  {
    rule: 'shape: a score lies in [0, 1]',
    mutate: (d) => (q(d, 0).options = [{ ...yesNo[0], score: 1.5 }, yesNo[1]]),
    path: 'questions[0].options[0].score',
    message: 'Too big: expected number to be <=1',
  },
  {
    rule: 'shape: both languages',
    mutate: (d) => (q(d, 2).text = { ja: '何？' }),
    path: 'questions[2].text.en',
    message: 'Invalid input: expected string, received undefined',
  },
  {
    rule: 'shape: a known type',
    mutate: (d) => (q(d, 3).type = 'integer'),
    path: 'questions[3].type',
    message:
      'Invalid option: expected one of "yes_no"|"single_choice"|"multi_choice"|"number"|"text"|"date"|"file"',
  },
  {
    rule: 'format version newer than supported',
    mutate: (d) => ((d as Mutable).formatVersion = 2),
    path: 'formatVersion',
    message: 'unsupported format version 2',
  },
  {
    rule: 'format version not an integer',
    mutate: (d) => ((d as Mutable).formatVersion = 1.5),
    path: 'formatVersion',
    message: 'unsupported format version 1.5',
  },
  {
    rule: 'format version as text',
    mutate: (d) => ((d as Mutable).formatVersion = '1'),
    path: 'formatVersion',
    message: 'unsupported format version "1"',
  },
];

describe('validateDefinition', () => {
  it('accepts the base definition and fills in defaults', () => {
    const result = validateDefinition(base());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.definition.questions[3]).toMatchObject({
      required: true,
      weight: 1,
      critical: false,
      level: 'recommended',
      depth: 'core',
      evidence: 'none',
    });
    expect(result.definition.themes[0]!.weight).toBe(1);
  });

  it.each(rows)('$rule → $path', ({ mutate, path, message }) => {
    const raw = base();
    mutate(raw);
    expect(validateDefinition(raw)).toEqual({ ok: false, problems: [{ path, message }] });
  });

  it.each([
    ['a missing format version means version 1', (d: Mutable) => delete d.formatVersion],
    [
      'an empty options list on a non-choice question',
      (d: Mutable) => (d.questions[3].options = []),
    ],
    [
      'evidence required on a choice question',
      (d: Mutable) => (d.questions[0].evidence = 'required'),
    ],
    ['a multi_choice showIf parent', (d: Mutable) => (d.questions[7].depth = 'core')],
    [
      'extended depending on core',
      (d: Mutable) => (d.questions[4].showIf = { questionId: 'GEN-01', in: ['no'] }),
    ],
  ])('still accepts %s', (_name, mutate) => {
    const raw = base();
    mutate(raw as Mutable);
    expect(validateDefinition(raw)).toMatchObject({ ok: true });
  });

  it('collects every rule problem in document order', () => {
    const raw = base();
    raw.themes.push({ key: 'general', title: t('Twice') });
    q(raw, 0).guidance = undefined;
    q(raw, 3).theme = 'nowhere';
    q(raw, 7).showIf.in = ['x', 'y'];
    const result = validateDefinition(raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual([
      'themes[2].key',
      'questions[0].guidance',
      'questions[3].theme',
      'questions[7].showIf.in[0]',
      'questions[7].showIf.in[1]',
    ]);
  });

  it('collects every shape problem', () => {
    const raw = base() as Mutable;
    raw.key = 'Bad Key';
    raw.questions[1].options[0].score = -1;
    const result = validateDefinition(raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(['key', 'questions[1].options[0].score']);
  });

  it('reports a document that is not an object at the empty path', () => {
    expect(validateDefinition('hello')).toEqual({
      ok: false,
      problems: [{ path: '', message: 'Invalid input: expected object, received string' }],
    });
  });

  it('leaves its input untouched', () => {
    const raw = base();
    const copy = structuredClone(raw);
    validateDefinition(raw);
    expect(raw).toEqual(copy);
  });
});

describe('assertValidDefinition', () => {
  it('returns the parsed definition', () => {
    expect(assertValidDefinition(base()).questions.map((x) => x.id)).toHaveLength(8);
  });

  it('throws an error listing every problem', () => {
    const raw = base();
    q(raw, 3).theme = 'nowhere';
    q(raw, 1).showIf.questionId = 'GEN-99';
    let caught: unknown;
    try {
      assertValidDefinition(raw);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidDefinitionError);
    expect((caught as InvalidDefinitionError).problems).toHaveLength(2);
    expect((caught as Error).message).toBe(
      [
        'invalid questionnaire definition:',
        '- questions[1].showIf.questionId: GEN-02 depends on "GEN-99", which is not a question here',
        '- questions[3].theme: LAB-02 belongs to theme "nowhere", which is not in the themes list',
      ].join('\n'),
    );
  });
});
