import { z } from 'zod';

/**
 * Grade thresholds (DESIGN §4 rule 6): a rate at or above `A` grades A, at or above `B`
 * grades B, at or above `C` grades C, anything lower D. An organisation may set its own;
 * a campaign keeps the thresholds it was launched with.
 */
export interface Thresholds {
  A: number;
  B: number;
  C: number;
}

export type LetterGrade = 'A' | 'B' | 'C' | 'D';

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({ A: 80, B: 60, C: 40 });

import { RATE_EPSILON } from './epsilon.js';

export { RATE_EPSILON };

const LETTERS = ['A', 'B', 'C'] as const;

/**
 * What is wrong with thresholds, or null. Shared by the zod schema (API input) and by
 * `grade()` (which must not pay for a zod parse on every call), so both say the same thing.
 */
export function thresholdsProblem(t: unknown): { path: string[]; message: string } | null {
  if (typeof t !== 'object' || t === null)
    return { path: [], message: 'thresholds must be an object { A, B, C }' };
  const rec = t as Record<string, unknown>;
  for (const letter of LETTERS) {
    const v = rec[letter];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      return { path: [letter], message: `threshold ${letter} must be a number` };
    }
    if (v < 0 || v > 100) {
      return {
        path: [letter],
        message: `threshold ${letter} must be between 0 and 100 (got ${v})`,
      };
    }
  }
  const { A, B, C } = rec as unknown as Thresholds;
  if (!(A > B)) return { path: ['A'], message: `threshold A (${A}) must be greater than B (${B})` };
  if (!(B > C)) return { path: ['B'], message: `threshold B (${B}) must be greater than C (${C})` };
  return null;
}

const thresholdValue = (letter: string) =>
  z
    .number({ error: `threshold ${letter} must be a number` })
    .min(0, `threshold ${letter} must be between 0 and 100`)
    .max(100, `threshold ${letter} must be between 0 and 100`);

export const thresholdsSchema = z
  .object({ A: thresholdValue('A'), B: thresholdValue('B'), C: thresholdValue('C') })
  .superRefine((t, ctx) => {
    const problem = thresholdsProblem(t);
    if (problem) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  });

/** Grade an exact rate (0–100); no rounding happens before the comparison. */
export function gradeForRate(
  rate: number,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): LetterGrade {
  if (rate >= thresholds.A - RATE_EPSILON) return 'A';
  if (rate >= thresholds.B - RATE_EPSILON) return 'B';
  if (rate >= thresholds.C - RATE_EPSILON) return 'C';
  return 'D';
}
