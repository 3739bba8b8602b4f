import type { Grade, GradeResult } from './result.js';

/**
 * Standing overrides of one response: theme key → grade, and `''` for the overall grade
 * (the key the database uses for an override without a theme).
 */
export type Overrides = Readonly<Record<string, Grade | undefined>>;

/** The key of the overall grade in {@link Overrides}. */
export const OVERALL_KEY = '';

/**
 * The grade that counts (DESIGN §4): a standing override replaces the computed grade; the
 * computed grade stays what grading produced and is shown beside it. `null` stays `null`
 * (a response not graded yet has no grade to count) unless a buyer overrode it.
 */
export function effectiveGrade<G extends Grade | null>(computed: G, override: Grade | null | undefined): Grade | G {
  return override ?? computed;
}

export interface EffectiveGrades {
  overall: { grade: Grade; computedGrade: Grade; overridden: boolean };
  themes: Record<string, { grade: Grade; computedGrade: Grade; overridden: boolean }>;
}

/** Every theme's and the overall grade that counts, for one graded response. */
export function effectiveGrades(result: Pick<GradeResult, 'themes' | 'overall'>, overrides: Overrides): EffectiveGrades {
  const one = (computedGrade: Grade, key: string) => {
    const override = Object.hasOwn(overrides, key) ? overrides[key] : undefined;
    return { grade: effectiveGrade(computedGrade, override), computedGrade, overridden: override !== undefined };
  };
  const themes: EffectiveGrades['themes'] = {};
  for (const [key, t] of Object.entries(result.themes)) {
    Object.defineProperty(themes, key, { value: one(t.grade, key), enumerable: true, writable: true, configurable: true });
  }
  return { overall: one(result.overall.grade, OVERALL_KEY), themes };
}
