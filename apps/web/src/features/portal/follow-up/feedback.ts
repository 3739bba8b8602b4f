import type { FeedbackSheet } from '@ses/api-types';

export type FeedbackTheme = FeedbackSheet['themes'][number];

export interface Comparison {
  /** Rounded to whole points of rate (percentage points). */
  points: number;
  direction: 'above' | 'below' | 'same';
}

/** How a theme's rate compares with the product-type average; null when either is missing. */
export function compareToAverage(rate: number | null, average: number | null): Comparison | null {
  if (rate === null || average === null) return null;
  const points = Math.round(Math.abs(rate - average));
  if (points === 0) return { points: 0, direction: 'same' };
  return { points, direction: rate > average ? 'above' : 'below' };
}

/** A bar's width in percent of its track: 0–100, 0 for no value. */
export function barWidth(rate: number | null): number {
  if (rate === null || !Number.isFinite(rate)) return 0;
  return Math.min(100, Math.max(0, rate));
}

/** Themes with something to improve: a failed critical point or lost points. */
export function themesToImprove(sheet: Pick<FeedbackSheet, 'themes'>): FeedbackTheme[] {
  return sheet.themes.filter((t) => t.criticalFailures.length > 0 || t.lostPoints.length > 0);
}

/** A CSS-safe suffix for a grade (`N/A` → `NA`). */
export function gradeClass(grade: string): string {
  return grade.replace(/[^A-Za-z]/g, '');
}

/** Whether the buyer overrode the computed grade. */
export function isOverridden(t: { grade: string; computedGrade: string }): boolean {
  return t.grade !== t.computedGrade;
}
