import { z } from 'zod';
import { depthSchema } from '@ses/questionnaire';
import { thresholdsSchema } from './thresholds.js';

/**
 * The shape of a grading result. The API stores it beside the response (with the rules
 * version that produced it) and sends it to the console and the portal, so it is a zod
 * schema here and nowhere else.
 */
export const GRADES = ['A', 'B', 'C', 'D', 'Z', 'N/A'] as const;
export const gradeSchema = z.enum(GRADES);
/** A–D by rate, Z for a failed critical point, N/A when nothing in the theme is scorable. */
export type Grade = z.infer<typeof gradeSchema>;

const rateSchema = z.number().min(0).max(100);

/** A scorable question that earned less than its weight (unanswered ones earn 0). */
export const lostPointSchema = z.object({
  questionId: z.string(),
  earned: z.number().min(0),
  possible: z.number().positive(),
});
export type LostPoint = z.infer<typeof lostPointSchema>;

export const themeResultSchema = z.object({
  /** Σ weight × score over the theme's scorable, applicable questions. */
  earned: z.number().min(0),
  /** Σ weight over the same questions. */
  possible: z.number().min(0),
  /** 100 × earned / possible, unrounded; null when possible is 0. */
  rate: rateSchema.nullable(),
  grade: gradeSchema,
  /** In-scope critical questions left unanswered or scoring 0, in question-id order. */
  criticalFailures: z.array(z.string()),
  /** In question-id order. */
  lostPoints: z.array(lostPointSchema),
});
export type ThemeResult = z.infer<typeof themeResultSchema>;

export const overallResultSchema = z.object({
  /** Weighted mean (theme weights) of the themes that have a rate; null when none has. */
  rate: rateSchema.nullable(),
  grade: gradeSchema,
});
export type OverallResult = z.infer<typeof overallResultSchema>;

export const gradeResultSchema = z.object({
  rulesVersion: z.string().min(1),
  depth: depthSchema,
  thresholds: thresholdsSchema,
  themes: z.record(z.string(), themeResultSchema),
  overall: overallResultSchema,
});
export type GradeResult = z.infer<typeof gradeResultSchema>;

/**
 * Rank for "is this grade worse": Z < D < C < B < A. N/A is not on the scale (null), as
 * "nothing to grade" is neither better nor worse than a letter.
 */
export function gradeRank(grade: Grade): number | null {
  switch (grade) {
    case 'Z':
      return 0;
    case 'D':
      return 1;
    case 'C':
      return 2;
    case 'B':
      return 3;
    case 'A':
      return 4;
    case 'N/A':
      return null;
  }
}
