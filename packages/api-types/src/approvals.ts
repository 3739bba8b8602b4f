import { z } from 'zod';

/** The actions an organisation can put under four-eyes approval. */
export const APPROVAL_KINDS = ['override', 'verification', 'release'] as const;
export const approvalKindSchema = z.enum(APPROVAL_KINDS);
export type ApprovalKind = z.infer<typeof approvalKindSchema>;

export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected'] as const;
export const approvalStatusSchema = z.enum(APPROVAL_STATUSES);
export type ApprovalStatus = z.infer<typeof approvalStatusSchema>;

/** Which actions wait for a second admin or buyer; all off by default. */
export const approvalSettingsSchema = z.object({
  overrides: z.boolean(),
  verification: z.boolean(),
  release: z.boolean(),
});
export type ApprovalSettings = z.infer<typeof approvalSettingsSchema>;

/** 202 answer of an action that now waits for approval: nothing has changed yet. */
export const pendingApprovalSchema = z.object({ approvalId: z.uuid(), status: z.literal('pending') });
export type PendingApproval = z.infer<typeof pendingApprovalSchema>;

const person = z.object({ id: z.uuid().nullable(), name: z.string() });

export const approvalSchema = z.object({
  id: z.uuid(),
  kind: approvalKindSchema,
  /** The response (override), corrective action (verification) or campaign (release). */
  targetId: z.uuid(),
  /** The request body as the requester sent it; carried out unchanged on approval. */
  request: z.record(z.string(), z.unknown()),
  status: approvalStatusSchema,
  requestedBy: person,
  requestedAt: z.iso.datetime(),
  decidedBy: person.nullable(),
  decidedAt: z.iso.datetime().nullable(),
  comment: z.string().nullable(),
});
export type Approval = z.infer<typeof approvalSchema>;
export const approvalListSchema = z.array(approvalSchema);

export const approvalListQuerySchema = z.object({ status: approvalStatusSchema.optional() });
export const approvalDecisionRequestSchema = z.object({ comment: z.string().trim().max(2000).default('') });
export type ApprovalDecisionRequest = z.input<typeof approvalDecisionRequestSchema>;
