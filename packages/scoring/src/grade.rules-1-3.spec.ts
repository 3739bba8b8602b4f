import { describe, it } from 'vitest';
import { YES_NO_NA } from './testing/fixtures.js';
import { checkRow, LEVELS, MULTI, type Row } from './testing/rules.js';

/** DESIGN §4 rules 1–3 (scope, scorable, score): one or more rows per rule. */
const rows: Row[] = [
  {
    rule: '1',
    name: 'an extended question is out of scope at core depth',
    questions: [{ id: 'L1' }, { id: 'L2', depth: 'extended', critical: true }],
    answers: { L1: 'yes' },
    expected: {
      themes: {
        labour: {
          earned: 1,
          possible: 1,
          rate: 100,
          grade: 'A',
          criticalFailures: [],
          lostPoints: [],
        },
      },
    },
  },
  {
    rule: '1',
    name: 'an extended question is in scope at extended depth',
    questions: [{ id: 'L1' }, { id: 'L2', depth: 'extended' }],
    answers: { L1: 'yes', L2: 'no' },
    options: { depth: 'extended' },
    expected: {
      themes: {
        labour: {
          earned: 1,
          possible: 2,
          rate: 50,
          grade: 'C',
          lostPoints: [{ questionId: 'L2', earned: 0, possible: 1 }],
        },
      },
    },
  },
  {
    rule: '1',
    name: 'showIf not met: the question plays no part, even critical and unanswered',
    questions: [
      { id: 'L1' },
      { id: 'L2', critical: true, showIf: { questionId: 'L1', in: ['yes'] } },
    ],
    answers: { L1: 'no' },
    expected: {
      themes: { labour: { earned: 0, possible: 1, rate: 0, grade: 'D', criticalFailures: [] } },
    },
  },
  {
    rule: '1',
    name: 'showIf met: the question counts',
    questions: [
      { id: 'L1' },
      { id: 'L2', critical: true, showIf: { questionId: 'L1', in: ['yes'] } },
    ],
    answers: { L1: 'yes' },
    expected: {
      themes: { labour: { earned: 1, possible: 2, grade: 'Z', criticalFailures: ['L2'] } },
    },
  },
  {
    rule: '1',
    name: 'showIf on a multi_choice answer holds when any chosen value is listed',
    questions: [
      { id: 'L1', type: 'multi_choice', scores: MULTI },
      { id: 'L2', critical: true, showIf: { questionId: 'L1', in: ['c'] } },
    ],
    answers: { L1: ['a', 'c'] },
    expected: {
      themes: { labour: { earned: 1, possible: 2, grade: 'Z', criticalFailures: ['L2'] } },
    },
  },
  {
    rule: '1',
    name: 'showIf naming an out-of-scope question does not hold, whatever its stale answer',
    questions: [
      { id: 'L1', depth: 'extended' },
      { id: 'L2', critical: true, showIf: { questionId: 'L1', in: ['yes'] } },
    ],
    answers: { L1: 'yes' },
    expected: {
      themes: { labour: { possible: 0, rate: null, grade: 'N/A', criticalFailures: [] } },
    },
  },
  {
    rule: '2',
    name: 'number, text, date and file questions are not scored',
    questions: [
      { id: 'L1' },
      { id: 'L2', type: 'number' },
      { id: 'L3', type: 'text' },
      { id: 'L4', type: 'date' },
      { id: 'L5', type: 'file' },
    ],
    answers: { L1: 'yes', L2: 0, L3: '', L4: '2026-01-01', L5: [] },
    expected: {
      themes: { labour: { earned: 1, possible: 1, rate: 100, grade: 'A', lostPoints: [] } },
    },
  },
  {
    rule: '2',
    name: 'weight 0 keeps a choice question asked but unscored',
    questions: [{ id: 'L1' }, { id: 'L2', weight: 0 }],
    answers: { L1: 'yes', L2: 'no' },
    expected: { themes: { labour: { earned: 1, possible: 1, rate: 100, lostPoints: [] } } },
  },
  {
    rule: '2',
    name: 'a choice question whose options carry no score is not scored',
    questions: [{ id: 'L1', type: 'single_choice', scores: { x: null, y: null } }],
    answers: { L1: 'x' },
    expected: { themes: { labour: { earned: 0, possible: 0, rate: null, grade: 'N/A' } } },
  },
  {
    rule: '3',
    name: 'single_choice: the chosen option’s score, times the weight',
    questions: [{ id: 'L1', type: 'single_choice', scores: LEVELS, weight: 4 }],
    answers: { L1: 'partial' },
    expected: {
      themes: {
        labour: {
          earned: 1,
          possible: 4,
          rate: 25,
          grade: 'D',
          lostPoints: [{ questionId: 'L1', earned: 1, possible: 4 }],
        },
      },
    },
  },
  {
    rule: '3',
    name: 'multi_choice: the sum of the chosen scores, capped at 1',
    questions: [
      { id: 'L1', type: 'multi_choice', scores: MULTI },
      { id: 'L2', type: 'multi_choice', scores: MULTI },
    ],
    answers: { L1: ['a', 'b'], L2: ['b', 'c'] },
    expected: { themes: { labour: { earned: 1.75, possible: 2, rate: 87.5, grade: 'A' } } },
  },
  {
    rule: '3',
    name: 'a null-scored option makes the question not applicable: it leaves the sums',
    questions: [{ id: 'L1', scores: YES_NO_NA }, { id: 'L2' }],
    answers: { L1: 'na', L2: 'yes' },
    expected: { themes: { labour: { earned: 1, possible: 1, rate: 100, lostPoints: [] } } },
  },
  {
    rule: '3',
    name: 'multi_choice: only null-scored choices → not applicable; a scored choice beside one counts',
    questions: [
      { id: 'L1', type: 'multi_choice', scores: { a: 0.5, none: null } },
      { id: 'L2', type: 'multi_choice', scores: { a: 0.5, none: null } },
    ],
    answers: { L1: ['none'], L2: ['a', 'none'] },
    expected: { themes: { labour: { earned: 0.5, possible: 1, rate: 50 } } },
  },
  {
    rule: '3',
    name: 'an unanswered scorable question scores 0 and stays in the sums',
    questions: [{ id: 'L1' }, { id: 'L2' }, { id: 'L3' }],
    answers: { L1: 'yes', L3: null },
    expected: {
      themes: {
        labour: {
          earned: 1,
          possible: 3,
          rate: (1 / 3) * 100,
          grade: 'D',
          lostPoints: [
            { questionId: 'L2', earned: 0, possible: 1 },
            { questionId: 'L3', earned: 0, possible: 1 },
          ],
        },
      },
    },
  },
  {
    rule: '3',
    name: 'a value that is not among the options (or of the wrong shape) counts as unanswered',
    questions: [
      { id: 'L1', critical: true },
      { id: 'L2', type: 'multi_choice', scores: MULTI },
      { id: 'L3' },
      { id: 'L4', type: 'multi_choice', scores: MULTI },
      { id: 'L5', type: 'multi_choice', scores: MULTI, critical: true },
    ],
    answers: { L1: 'maybe', L2: ['zzz'], L3: ['yes'], L4: 'c', L5: ['c', 'zzz'] },
    expected: {
      themes: {
        labour: { earned: 0, possible: 5, rate: 0, grade: 'Z', criticalFailures: ['L1', 'L5'] },
      },
    },
  },
];

describe('grade: DESIGN §4 rules 1–3', () => {
  it.each(rows)('rule $rule: $name', checkRow);
});
