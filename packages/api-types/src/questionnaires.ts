import { z } from 'zod';
import { depthSchema, languageSchema, localizedTextSchema } from '@ses/questionnaire';

export const VERSION_STATUSES = ['draft', 'published'] as const;
export const versionStatusSchema = z.enum(VERSION_STATUSES);

export const questionnaireSummarySchema = z.object({
  id: z.uuid(),
  key: z.string(),
  title: localizedTextSchema,
  builtIn: z.boolean(),
  publishedVersionId: z.uuid().nullable(),
  draftVersionId: z.uuid().nullable(),
  latestVersion: z.int32(),
  updatedAt: z.iso.datetime(),
});
export type QuestionnaireSummary = z.infer<typeof questionnaireSummarySchema>;

export const versionSummarySchema = z.object({
  id: z.uuid(),
  version: z.int32(),
  status: versionStatusSchema,
  questionCount: z.int32(),
  createdAt: z.iso.datetime(),
  publishedAt: z.iso.datetime().nullable(),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;

export const questionnaireDetailSchema = questionnaireSummarySchema.extend({ versions: z.array(versionSummarySchema) });
export type QuestionnaireDetail = z.infer<typeof questionnaireDetailSchema>;

/** GET /api/questionnaires/versions/:versionId. The definition is validated, defaults filled. */
export const questionnaireVersionSchema = z.object({
  id: z.uuid(),
  questionnaireId: z.uuid(),
  builtIn: z.boolean(),
  version: z.int32(),
  status: versionStatusSchema,
  definition: z.record(z.string(), z.unknown()),
  publishedAt: z.iso.datetime().nullable(),
});
export type QuestionnaireVersion = z.infer<typeof questionnaireVersionSchema>;

/** The definition is checked by `validateDefinition`; a 400 lists each problem with its path. */
export const createQuestionnaireRequestSchema = z.object({ definition: z.unknown() });
export const createQuestionnaireResponseSchema = z.object({ id: z.uuid(), draftVersionId: z.uuid() });
export const updateDraftRequestSchema = z.object({ definition: z.unknown() });
export const publishResponseSchema = z.object({ publishedVersionId: z.uuid() });
export const newDraftRequestSchema = z.object({ fromVersionId: z.uuid().optional() });

export const answerSheetQuerySchema = z.object({
  depth: depthSchema.default('extended'),
  lang: languageSchema.default('ja'),
});
