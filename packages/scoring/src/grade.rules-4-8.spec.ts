import { describe, expect, it } from 'vitest';
import { grade, RULES_VERSION } from './grade.js';
import { answers, definition, YES_NO_NA } from './testing/fixtures.js';
import { checkRow, LEVELS, MULTI, type Row } from './testing/rules.js';

/** DESIGN §4 rules 4–7 (rate, critical failure, theme grade, overall): one or more rows per rule. */
const rows: Row[] = [
  {
    rule: '4',
    name: 'theme rate = 100 × Σ(weight × score) / Σ(weight)',
    questions: [
      { id: 'L1', weight: 3 },
      { id: 'L2', weight: 1 },
    ],
    answers: { L1: 'yes', L2: 'no' },
    expected: { themes: { labour: { earned: 3, possible: 4, rate: 75, grade: 'B' } } },
  },
  {
    rule: '4',
    name: 'a theme with no scorable, applicable question has no rate and grade N/A',
    themes: ['labour', 'environment'],
    questions: [{ id: 'L1' }, { id: 'E1', theme: 'environment', scores: YES_NO_NA }],
    answers: { L1: 'yes', E1: 'na' },
    expected: {
      themes: {
        environment: {
          earned: 0,
          possible: 0,
          rate: null,
          grade: 'N/A',
          criticalFailures: [],
          lostPoints: [],
        },
      },
    },
  },
  {
    rule: '5',
    name: 'critical failure: unanswered or scoring 0; not applicable and partial are no failure',
    questions: [
      { id: 'C1', critical: true },
      { id: 'C2', critical: true },
      { id: 'C3', critical: true, scores: YES_NO_NA },
      { id: 'C4', critical: true, type: 'single_choice', scores: LEVELS },
    ],
    answers: { C2: 'no', C3: 'na', C4: 'partial' },
    expected: {
      themes: { labour: { earned: 0.25, possible: 3, grade: 'Z', criticalFailures: ['C1', 'C2'] } },
    },
  },
  {
    rule: '5',
    name: 'unscored critical questions fail too: empty text, missing file, weight-0 choice scoring 0',
    questions: [
      { id: 'C1', critical: true, type: 'text' },
      { id: 'C2', critical: true, type: 'file' },
      { id: 'C3', critical: true, weight: 0 },
      { id: 'C4', critical: true, type: 'number' },
      { id: 'C5', critical: true, type: 'date' },
      { id: 'C6', critical: true, type: 'date' },
    ],
    answers: { C1: '  ', C2: [], C3: 'no', C4: 0, C5: '2026-03-31', C6: '2026-02-30' },
    expected: {
      themes: { labour: { rate: null, grade: 'Z', criticalFailures: ['C1', 'C2', 'C3', 'C6'] } },
    },
  },
  {
    rule: '6',
    name: 'Z on any critical failure, whatever the rate',
    questions: [
      ...Array.from({ length: 9 }, (_, i) => ({ id: `L${i + 1}` })),
      { id: 'L10', critical: true },
    ],
    answers: {
      L1: 'yes',
      L2: 'yes',
      L3: 'yes',
      L4: 'yes',
      L5: 'yes',
      L6: 'yes',
      L7: 'yes',
      L8: 'yes',
      L9: 'yes',
      L10: 'no',
    },
    expected: { themes: { labour: { rate: 90, grade: 'Z', criticalFailures: ['L10'] } } },
  },
  {
    rule: '6',
    name: 'otherwise A–D by the rate against the campaign’s thresholds',
    themes: ['labour', 'environment', 'quality'],
    questions: [
      { id: 'L1', type: 'single_choice', scores: { x: 0.95 } },
      { id: 'E1', theme: 'environment', type: 'single_choice', scores: { x: 0.75 } },
      { id: 'Q1', theme: 'quality', type: 'single_choice', scores: { x: 0.45 } },
    ],
    answers: { L1: 'x', E1: 'x', Q1: 'x' },
    options: { thresholds: { A: 90, B: 70, C: 50 } },
    expected: {
      themes: { labour: { grade: 'A' }, environment: { grade: 'B' }, quality: { grade: 'D' } },
    },
  },
  {
    rule: '7',
    name: 'overall Z when any theme is Z (its rate is still reported)',
    themes: ['labour', 'environment'],
    questions: [
      { id: 'L1', critical: true },
      { id: 'E1', theme: 'environment' },
    ],
    answers: { L1: 'no', E1: 'yes' },
    expected: {
      themes: { labour: { grade: 'Z' }, environment: { grade: 'A' } },
      overall: { rate: 50, grade: 'Z' },
    },
  },
  {
    rule: '7',
    name: 'overall = weighted mean of the graded themes’ rates; N/A themes left out',
    themes: [
      ['labour', 3],
      ['environment', 1],
      ['quality', 5],
    ],
    questions: [
      { id: 'L1' },
      { id: 'E1', theme: 'environment' },
      { id: 'Q1', theme: 'quality', scores: YES_NO_NA },
    ],
    answers: { L1: 'yes', E1: 'no', Q1: 'na' },
    expected: { themes: { quality: { grade: 'N/A' } }, overall: { rate: 75, grade: 'B' } },
  },
  {
    rule: '7',
    name: 'every theme N/A → overall N/A',
    themes: ['labour', 'environment'],
    questions: [
      { id: 'L1', scores: YES_NO_NA },
      { id: 'E1', theme: 'environment', type: 'text' },
    ],
    answers: { L1: 'na' },
    expected: { overall: { rate: null, grade: 'N/A' } },
  },
];

describe('grade: DESIGN §4 rules 4–8', () => {
  it.each(rows)('rule $rule: $name', checkRow);

  it('rule 8: the explanation lists, per theme, points, rate, grade, critical failures and lost points', () => {
    const def = definition(
      [['labour', 2], 'environment'],
      [
        { id: 'LAB-10', type: 'single_choice', scores: LEVELS, weight: 2 },
        { id: 'LAB-2', critical: true },
        { id: 'LAB-1' },
        { id: 'ENV-1', theme: 'environment', weight: 3 },
        { id: 'ENV-2', theme: 'environment', type: 'multi_choice', scores: MULTI },
      ],
    );
    const result = grade(
      def,
      answers({ 'LAB-1': 'yes', 'LAB-10': 'partial', 'ENV-1': 'yes', 'ENV-2': ['b'] }),
      {
        depth: 'core',
      },
    );
    expect(result).toEqual({
      rulesVersion: RULES_VERSION,
      depth: 'core',
      thresholds: { A: 80, B: 60, C: 40 },
      themes: {
        labour: {
          earned: 1.5,
          possible: 4,
          rate: 37.5,
          grade: 'Z',
          criticalFailures: ['LAB-2'],
          // In question-id order, numbers compared as numbers: LAB-2 before LAB-10.
          lostPoints: [
            { questionId: 'LAB-2', earned: 0, possible: 1 },
            { questionId: 'LAB-10', earned: 0.5, possible: 2 },
          ],
        },
        environment: {
          earned: 3.5,
          possible: 4,
          rate: 87.5,
          grade: 'A',
          criticalFailures: [],
          lostPoints: [{ questionId: 'ENV-2', earned: 0.5, possible: 1 }],
        },
      },
      overall: { rate: (2 * 37.5 + 87.5) / 3, grade: 'Z' },
    });
  });
});
