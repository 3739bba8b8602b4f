import { z } from 'zod';
import { thresholdsSchema } from '@ses/scoring';
import { LIMITS } from './rules/index.js';

/** PATCH /api/organization: rename, or set the grade thresholds new campaigns start from. */
export const updateOrganizationRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(LIMITS.nameMax),
    thresholds: thresholdsSchema.nullable(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');
export type UpdateOrganizationRequest = z.infer<typeof updateOrganizationRequestSchema>;
