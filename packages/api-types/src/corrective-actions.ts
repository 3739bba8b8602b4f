import { z } from 'zod';
import { localizedTextSchema } from '@ses/questionnaire';
import { gradeSchema } from '@ses/scoring';
import { attachmentSchema, responseStatusSchema } from './campaigns.js';
import { pageOf, pageQuerySchema } from './common.js';
import { CORRECTIVE_ACTION_STATUSES, LIMITS } from './rules/index.js';

export const correctiveActionStatusSchema = z.enum(CORRECTIVE_ACTION_STATUSES);

const isoDate = z.iso.date({ message: 'a date as YYYY-MM-DD' });
const themeKey = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'a theme key');
const comment = (what: string) => z.string().trim().min(1, `write ${what}`).max(LIMITS.correctiveAction.commentMax);
const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const correctiveActionListQuerySchema = pageQuerySchema.extend({
  campaignId: z.uuid().optional(),
  supplierId: z.uuid().optional(),
  theme: themeKey.optional(),
  /** A status, or `open` for every status but closed and escalated. */
  status: z.enum([...CORRECTIVE_ACTION_STATUSES, 'open']).optional(),
  /** `true`: only actions past their due date and not closed or escalated; `false`: the others. */
  overdue: booleanQuery.optional(),
});
export type CorrectiveActionListQuery = z.input<typeof correctiveActionListQuerySchema>;

/** The same supplier's response to a later campaign of the same questionnaire. */
export const reassessmentSchema = z.object({
  responseId: z.uuid(),
  campaignId: z.uuid(),
  campaignName: z.string(),
  status: responseStatusSchema,
  /** The theme's grade there (a standing override first); null until it is submitted. */
  themeGrade: gradeSchema.nullable(),
});
export type Reassessment = z.infer<typeof reassessmentSchema>;

export const correctiveActionSummarySchema = z.object({
  id: z.uuid(),
  campaignId: z.uuid(),
  campaignName: z.string(),
  responseId: z.uuid(),
  supplierId: z.uuid(),
  supplierName: z.string(),
  theme: z.string(),
  themeTitle: localizedTextSchema,
  status: correctiveActionStatusSchema,
  dueDate: isoDate,
  /** Past the due date and neither closed nor escalated. */
  overdue: z.boolean(),
  owner: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** `auto` (opened for a Z theme at submission) or the id of the user who opened it. */
  openedBy: z.string(),
  /** Question ids: the theme's failed critical points. */
  failedPoints: z.array(z.string()),
  reassessment: reassessmentSchema.nullable(),
  version: z.int32(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type CorrectiveActionSummary = z.infer<typeof correctiveActionSummarySchema>;

export const correctiveActionListSchema = pageOf(correctiveActionSummarySchema);
export type CorrectiveActionList = z.infer<typeof correctiveActionListSchema>;

/** A failed point with its question and guidance from the campaign's questionnaire version. */
export const failedPointSchema = z.object({
  questionId: z.string(),
  text: localizedTextSchema.nullable(),
  guidance: localizedTextSchema.nullable(),
  reference: z.string().nullable(),
});
export type FailedPoint = z.infer<typeof failedPointSchema>;

export const correctiveActionEventSchema = z.object({
  id: z.string(),
  kind: z.string(),
  /** Who acted: the buying organisation, the supplier, or the system (opening, reminders). */
  side: z.enum(['buyer', 'supplier', 'system']),
  actor: z.string(),
  comment: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.iso.datetime(),
});
export type CorrectiveActionEvent = z.infer<typeof correctiveActionEventSchema>;

export const correctiveActionDetailSchema = correctiveActionSummarySchema.extend({
  points: z.array(failedPointSchema),
  plan: z.string().nullable(),
  planSubmittedAt: z.iso.datetime().nullable(),
  reviewComment: z.string().nullable(),
  reviewedAt: z.iso.datetime().nullable(),
  report: z.string().nullable(),
  reportedAt: z.iso.datetime().nullable(),
  verifyComment: z.string().nullable(),
  closedAt: z.iso.datetime().nullable(),
  escalatedAt: z.iso.datetime().nullable(),
  evidence: z.array(attachmentSchema),
  events: z.array(correctiveActionEventSchema),
});
export type CorrectiveActionDetail = z.infer<typeof correctiveActionDetailSchema>;

export const createCorrectiveActionRequestSchema = z.object({
  responseId: z.uuid(),
  theme: themeKey,
  /** Defaults to 30 days from today. */
  dueDate: isoDate.optional(),
  ownerId: z.uuid().optional(),
  /** Shown to the supplier with the request. */
  note: z.string().trim().max(LIMITS.correctiveAction.commentMax).optional(),
});
export type CreateCorrectiveActionRequest = z.input<typeof createCorrectiveActionRequestSchema>;

export const updateCorrectiveActionRequestSchema = z
  .object({ ownerId: z.uuid().nullable(), dueDate: isoDate })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to change: send ownerId or dueDate');
export type UpdateCorrectiveActionRequest = z.infer<typeof updateCorrectiveActionRequestSchema>;

export const reviewPlanRequestSchema = z
  .object({ decision: z.enum(['approve', 'reject']), comment: z.string().trim().max(LIMITS.correctiveAction.commentMax).default('') })
  .refine((v) => v.decision === 'approve' || v.comment.length > 0, {
    path: ['comment'],
    message: 'say what the plan is missing when you reject it',
  });
export type ReviewPlanRequest = z.input<typeof reviewPlanRequestSchema>;

export const verifyRequestSchema = z.object({ comment: z.string().trim().max(LIMITS.correctiveAction.commentMax).default('') });
export const escalateRequestSchema = z.object({ comment: comment('why the action is escalated') });
/** Sends an implementation report back to the supplier (implemented → plan_approved). */
export const returnReportRequestSchema = z.object({ comment: comment('what the report is missing') });
export const correctiveActionMessageRequestSchema = z.object({ comment: comment('a message') });
export type CommentRequest = z.infer<typeof escalateRequestSchema>;
export type VerifyRequest = z.input<typeof verifyRequestSchema>;

export const planRequestSchema = z.object({
  plan: z.string().trim().min(LIMITS.correctiveAction.textMin, `describe the plan in at least ${LIMITS.correctiveAction.textMin} characters`).max(LIMITS.correctiveAction.textMax),
});
export type PlanRequest = z.infer<typeof planRequestSchema>;

export const reportRequestSchema = z.object({
  report: z.string().trim().min(LIMITS.correctiveAction.textMin, `describe what was done in at least ${LIMITS.correctiveAction.textMin} characters`).max(LIMITS.correctiveAction.textMax),
});
export type ReportRequest = z.infer<typeof reportRequestSchema>;

/** What the supplier sees through its link: no owner, no buyer-internal history. */
export const portalCorrectiveActionSchema = z.object({
  id: z.uuid(),
  campaignName: z.string(),
  theme: z.string(),
  themeTitle: localizedTextSchema,
  status: correctiveActionStatusSchema,
  dueDate: isoDate,
  overdue: z.boolean(),
  points: z.array(failedPointSchema),
  plan: z.string().nullable(),
  reviewComment: z.string().nullable(),
  report: z.string().nullable(),
  verifyComment: z.string().nullable(),
  evidence: z.array(attachmentSchema),
  events: z.array(correctiveActionEventSchema.omit({ data: true })),
  /** What the supplier may do now. */
  can: z.object({ submitPlan: z.boolean(), report: z.boolean(), addEvidence: z.boolean() }),
});
export type PortalCorrectiveAction = z.infer<typeof portalCorrectiveActionSchema>;
