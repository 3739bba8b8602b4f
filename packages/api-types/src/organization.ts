import { z } from 'zod';
import { thresholdsSchema } from '@ses/scoring';
import { LIMITS } from './rules/index.js';
import { approvalSettingsSchema } from './approvals.js';

/** PATCH /api/organization: rename, set the grade thresholds new campaigns start from, or turn approvals on. */
export const updateOrganizationRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(LIMITS.nameMax),
    thresholds: thresholdsSchema.nullable(),
    /** Four-eyes approval per action; fields left out keep their setting. */
    approvals: approvalSettingsSchema.partial(),
    /** Require TOTP of every password account of the organisation. */
    requireMfa: z.boolean(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');
export type UpdateOrganizationRequest = z.infer<typeof updateOrganizationRequestSchema>;
