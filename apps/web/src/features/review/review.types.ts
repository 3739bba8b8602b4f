import type { Grade } from '@/app/grades';
import type { ThemeResult } from '@/app/response-view';

/** A grade a buyer can override: a theme's, or the overall one (`key` ''). */
export interface GradeTarget {
  key: string;
  title: string;
  computedGrade: Grade | null;
  effectiveGrade: Grade | null;
}

export interface GradeRow extends GradeTarget {
  rate: number | null;
  /** Theme rows: the explanation (overall has none of its own). */
  result: ThemeResult | null;
  overridden: boolean;
}
