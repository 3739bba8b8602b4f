import { z } from 'zod';
import { languageSchema } from '@ses/questionnaire';
import { gradeSchema } from '@ses/scoring';

export const feedbackPointSchema = z.object({
  questionId: z.string(),
  question: z.string(),
  reference: z.string().nullable(),
  guidance: z.string().nullable(),
  earned: z.number(),
  possible: z.number(),
});

export const feedbackThemeSchema = z.object({
  key: z.string(),
  title: z.string(),
  rate: z.number().nullable(),
  /** The grade that stands: a buyer's override, or the computed one. */
  grade: gradeSchema,
  computedGrade: gradeSchema,
  /** Average rate of the theme over submitted responses of the same product type. */
  productTypeAverage: z.number().nullable(),
  criticalFailures: z.array(feedbackPointSchema),
  lostPoints: z.array(feedbackPointSchema),
});

/** A supplier's feedback sheet, in one language (DESIGN §5 Feedback sheets). */
export const feedbackSheetSchema = z.object({
  language: languageSchema,
  organizationName: z.string(),
  campaignName: z.string(),
  supplierName: z.string(),
  productType: z.string(),
  submittedAt: z.iso.datetime().nullable(),
  releasedAt: z.iso.datetime().nullable(),
  overall: z.object({ rate: z.number().nullable(), grade: gradeSchema, computedGrade: gradeSchema }),
  themes: z.array(feedbackThemeSchema),
  /** What happens next, by the overall grade. */
  nextSteps: z.array(z.string()),
});
export type FeedbackSheet = z.infer<typeof feedbackSheetSchema>;

/** `?lang=` of the feedback sheet (HTML and PDF): the contact's language when absent. */
export const feedbackLanguageQuerySchema = z.object({ lang: languageSchema.optional() });

/** POST /api/campaigns/:id/feedback/release */
export const feedbackReleaseResultSchema = z.object({ released: z.int32(), queued: z.int32() });
export type FeedbackReleaseResult = z.infer<typeof feedbackReleaseResultSchema>;

/** A file made in the background (every feedback sheet of a campaign in one zip): its progress, then its download. */
export const exportJobSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['feedback_zip']),
  campaignId: z.uuid().nullable(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  /** Sheets written so far, of `total` (null until the job has counted them). */
  done: z.int32(),
  total: z.int32().nullable(),
  fileName: z.string().nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ExportJob = z.infer<typeof exportJobSchema>;
