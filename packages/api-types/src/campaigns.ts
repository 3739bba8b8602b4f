import { z } from 'zod';
import { depthSchema, languageSchema, localizedTextSchema } from '@ses/questionnaire';
import { gradeResultSchema, gradeSchema, thresholdsSchema } from '@ses/scoring';
import { riskLevelSchema } from './suppliers.js';
import { LIMITS } from './rules/index.js';

export const RESPONSE_STATUSES = ['invited', 'opened', 'in_progress', 'submitted', 'overdue'] as const;
export const responseStatusSchema = z.enum(RESPONSE_STATUSES);
export type ResponseStatus = z.infer<typeof responseStatusSchema>;

export const CAMPAIGN_STATUSES = ['draft', 'active', 'closed'] as const;
export const campaignStatusSchema = z.enum(CAMPAIGN_STATUSES);
export type CampaignStatus = z.infer<typeof campaignStatusSchema>;

const isoDate = z.iso.date({ message: 'a date as YYYY-MM-DD' });
const reminderDays = z.array(z.int32().min(1).max(LIMITS.campaign.reminderDayMax)).max(LIMITS.campaign.remindersMax);
/** Days before the due date that reminders go out when the campaign does not say. */
export const DEFAULT_REMINDER_DAYS: readonly number[] = [7, 1];
const uuidList = z.array(z.uuid()).max(LIMITS.campaign.suppliersMax);

/** Which suppliers get the `extended` depth, besides those listed by hand. */
export const depthRuleSchema = z.object({
  /** Suppliers with risk level `high`. */
  highRisk: z.boolean().default(false),
  /** Tier-1 suppliers tagged `priority`. */
  tier1Priority: z.boolean().default(false),
});
export type DepthRule = z.infer<typeof depthRuleSchema>;

/** Suppliers chosen by filter instead of (or besides) a list of ids. */
export const supplierFilterSchema = z.object({
  productType: z.string().max(LIMITS.supplier.productTypeMax).optional(),
  country: z.string().length(2).optional(),
  tier: z.int32().min(1).max(LIMITS.supplier.tierMax).optional(),
  riskLevel: riskLevelSchema.optional(),
  tag: z.string().max(LIMITS.supplier.tagMax).optional(),
});

export const createCampaignRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(LIMITS.nameMax),
    questionnaireVersionId: z.uuid(),
    supplierIds: uuidList.default([]),
    supplierFilter: supplierFilterSchema.optional(),
    dueDate: isoDate,
    extendedSupplierIds: uuidList.default([]),
    depthRule: depthRuleSchema.default({ highRisk: false, tier1Priority: false }),
    /** Reminders go out this many days before the due date. */
    reminderDaysBefore: reminderDays.default([...DEFAULT_REMINDER_DAYS]),
    /** Weekly reminders after the due date until submission or closing. */
    remindOverdue: z.boolean().default(true),
    /** Defaults to the organisation's thresholds; kept with the campaign once created. */
    thresholds: thresholdsSchema.optional(),
  })
  .refine((c) => c.supplierIds.length > 0 || c.supplierFilter !== undefined, {
    path: ['supplierIds'],
    message: 'choose suppliers by id or by filter',
  });
export type CreateCampaignRequest = z.input<typeof createCampaignRequestSchema>;

export const updateCampaignRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(LIMITS.nameMax),
    dueDate: isoDate,
    reminderDaysBefore: reminderDays,
    remindOverdue: z.boolean(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');

export const addSuppliersRequestSchema = z.object({
  supplierIds: uuidList.min(1),
  extendedSupplierIds: uuidList.default([]),
});

export const statusCountsSchema = z.object(Object.fromEntries(RESPONSE_STATUSES.map((s) => [s, z.int32()])) as Record<ResponseStatus, z.ZodInt32>);

export const campaignSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  status: campaignStatusSchema,
  questionnaireVersionId: z.uuid(),
  questionnaireTitle: localizedTextSchema,
  questionnaireVersion: z.int32(),
  dueDate: isoDate,
  thresholds: thresholdsSchema,
  depthRule: depthRuleSchema,
  reminderDaysBefore: z.array(z.int32()),
  remindOverdue: z.boolean(),
  createdAt: z.iso.datetime(),
  launchedAt: z.iso.datetime().nullable(),
  closedAt: z.iso.datetime().nullable(),
  supplierCount: z.int32(),
  counts: statusCountsSchema,
  /** Submitted ÷ suppliers, 0–1. */
  responseRate: z.number(),
  /** A launch queues its invitations in the background: responses done so far, of all. */
  launch: z.object({ queued: z.int32(), total: z.int32() }).optional(),
});
export type Campaign = z.infer<typeof campaignSchema>;

export const campaignListSchema = z.array(campaignSchema);

/**
 * A theme's rate and grade. In the campaign's responses list the grade is the one that
 * counts, and `computedGrade` the computed one beside it where a buyer overrode it.
 */
export const themeGradeSchema = z.object({ rate: z.number().nullable(), grade: gradeSchema, computedGrade: gradeSchema.optional() });

/** GET /api/campaigns/:id/responses — one row per supplier (DESIGN §6). */
export const responseRowSchema = z.object({
  responseId: z.uuid(),
  supplierId: z.uuid(),
  supplierName: z.string(),
  supplierCode: z.string().nullable(),
  productType: z.string(),
  country: z.string().nullable(),
  tier: z.int32(),
  depth: depthSchema,
  status: responseStatusSchema,
  submittedAt: z.iso.datetime().nullable(),
  overallRate: z.number().nullable(),
  /** In the campaign's responses list: the grade that counts (a standing override replaces the computed one). */
  overallGrade: gradeSchema.nullable(),
  /** In the campaign's responses list, where the overall grade is overridden: the computed grade. */
  computedOverallGrade: gradeSchema.optional(),
  themes: z.record(z.string(), themeGradeSchema),
});
export type ResponseRow = z.infer<typeof responseRowSchema>;
export const responseRowsSchema = z.array(responseRowSchema);

export const benchmarksSchema = z.object({
  overall: z.record(z.string(), z.number()),
  byProductType: z.record(z.string(), z.record(z.string(), z.number())),
});

export const invitationPreviewSchema = z.object({ subject: z.string(), html: z.string(), text: z.string() });
/** GET /api/campaigns/:id/invitation-preview: the invitation in one language. */
export const invitationPreviewQuerySchema = z.object({ lang: languageSchema.default('ja') });

/** POST /api/responses/:id/links/revoke */
export const revokedLinksSchema = z.object({ revoked: z.int32() });

export const remindRequestSchema = z.object({ responseIds: z.array(z.uuid()).max(LIMITS.campaign.suppliersMax).optional() });
export const queuedSchema = z.object({ queued: z.int32() });

export const attachmentSchema = z.object({
  id: z.uuid(),
  questionId: z.string(),
  filename: z.string(),
  contentType: z.string(),
  size: z.int32(),
  createdAt: z.iso.datetime(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const storedAnswerSchema = z.object({
  value: z.unknown(),
  comment: z.string().optional(),
  /** Carried over from the previous assessment: the supplier should confirm it. */
  needsConfirmation: z.boolean().optional(),
});

export const declarationSchema = z.object({
  signerName: z.string().trim().min(1).max(LIMITS.nameMax),
  signerTitle: z.string().trim().min(1).max(LIMITS.nameMax),
  agreed: z.literal(true, { message: 'the declaration must be agreed to' }),
});
export type Declaration = z.infer<typeof declarationSchema>;

/** GET /api/responses/:id — for buyers. */
export const responseDetailSchema = z.object({
  id: z.uuid(),
  campaignId: z.uuid(),
  supplierId: z.uuid(),
  supplierName: z.string(),
  status: responseStatusSchema,
  depth: depthSchema,
  version: z.int32(),
  questionnaireVersionId: z.uuid(),
  answers: z.record(z.string(), storedAnswerSchema),
  attachments: z.array(attachmentSchema),
  declaration: declarationSchema.extend({ signedAt: z.iso.datetime() }).nullable(),
  submittedAt: z.iso.datetime().nullable(),
  result: gradeResultSchema.nullable(),
  previousResponseId: z.uuid().nullable(),
});
export type ResponseDetail = z.infer<typeof responseDetailSchema>;
