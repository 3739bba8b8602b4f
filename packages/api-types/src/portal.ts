import { z } from 'zod';
import { answerSchema, depthSchema, languageSchema } from '@ses/questionnaire';
import { gradeResultSchema } from '@ses/scoring';
import { attachmentSchema, declarationSchema, responseStatusSchema, storedAnswerSchema } from './campaigns.js';
import { LIMITS } from './rules/index.js';

/** GET /api/portal/:token — what the supplier's page needs (DESIGN §6). */
export const portalResponseSchema = z.object({
  campaign: z.object({ id: z.uuid(), name: z.string(), dueDate: z.iso.date(), organizationName: z.string(), closed: z.boolean() }),
  supplier: z.object({ name: z.string() }),
  contact: z.object({ name: z.string(), language: languageSchema }),
  depth: depthSchema,
  /** Only the questions asked at this supplier's depth. */
  definition: z.record(z.string(), z.unknown()),
  answers: z.record(z.string(), storedAnswerSchema),
  attachments: z.array(attachmentSchema),
  version: z.int32(),
  status: responseStatusSchema,
  submittedAt: z.iso.datetime().nullable(),
  declaration: declarationSchema.extend({ signedAt: z.iso.datetime() }).nullable(),
  result: gradeResultSchema.nullable(),
});
export type PortalResponse = z.infer<typeof portalResponseSchema>;

export const saveAnswersRequestSchema = z.object({
  version: z.int32().min(0),
  answers: z.record(z.string().max(LIMITS.portal.questionIdMax), answerSchema).refine((a) => Object.keys(a).length <= LIMITS.portal.answersPerSaveMax, `at most ${LIMITS.portal.answersPerSaveMax} answers per save`),
});
export type SaveAnswersRequest = z.infer<typeof saveAnswersRequestSchema>;
export const saveAnswersResponseSchema = z.object({ version: z.int32() });

export const submitRequestSchema = z.object({ declaration: declarationSchema });
export type SubmitRequest = z.infer<typeof submitRequestSchema>;

export const answerSheetUploadResultSchema = z.object({
  version: z.int32(),
  applied: z.int32(),
  errors: z.array(z.object({ row: z.int32(), questionId: z.string().nullable(), message: z.string() })),
});
export type AnswerSheetUploadResult = z.infer<typeof answerSheetUploadResultSchema>;
