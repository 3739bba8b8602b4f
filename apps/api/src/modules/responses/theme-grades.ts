import type { ResponseRow } from '@ses/api-types';
import type { GradeResult } from '@ses/scoring';

/** The part of a grade result the matrix shows: each theme's rate and grade. */
export function themeGradesOf(result: GradeResult): ResponseRow['themes'] {
  const out: ResponseRow['themes'] = {};
  for (const [key, t] of Object.entries(result.themes)) out[key] = { rate: t.rate, grade: t.grade };
  return out;
}
