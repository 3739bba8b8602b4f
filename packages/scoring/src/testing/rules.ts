import { expect } from 'vitest';
import { grade, type GradeOptions } from '../grade.js';
import type { GradeResult, ThemeResult } from '../result.js';
import { answers, definition, type Q } from './fixtures.js';

/** A row of the DESIGN §4 table: a small questionnaire, its answers and what must come out. */
export interface Row {
  rule: string;
  name: string;
  /** Theme keys (weight 1) or [key, weight]; just `labour` when left out. */
  themes?: (string | [string, number])[];
  questions: Q[];
  answers: Record<string, string | string[] | number | null>;
  options?: Partial<GradeOptions>;
  expected: {
    themes?: Record<string, Partial<ThemeResult>>;
    overall?: Partial<GradeResult['overall']>;
  };
}

export const LEVELS = { full: 1, partial: 0.25, none: 0 };
export const MULTI = { a: 0.25, b: 0.5, c: 0.75 };

export function checkRow(row: Row): void {
  const def = definition(row.themes ?? ['labour'], row.questions);
  const result = grade(def, answers(row.answers), { depth: 'core', ...row.options });
  expect(result).toMatchObject(row.expected);
}
