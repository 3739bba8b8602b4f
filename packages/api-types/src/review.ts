import { z } from 'zod';
import { GRADES, type Grade, gradeSchema } from '@ses/scoring';
import { languageSchema } from '@ses/questionnaire';
import { pageOf, pageQuerySchema } from './common.js';
import { exportFormatSchema } from './suppliers.js';
import { RESPONSE_STATUSES, responseRowSchema, statusCountsSchema } from './campaigns.js';
import { LIMITS } from './rules/index.js';

/** The grades a buyer can set by override (N/A is never set by hand). */
export const LETTER_GRADES = ['A', 'B', 'C', 'D', 'Z'] as const;
export { GRADES, type Grade };
export { DEFAULT_THRESHOLDS } from '@ses/scoring';
export const letterGradeSchema = z.enum(LETTER_GRADES);

/** POST /api/responses/:id/override: a theme's grade, or the overall grade without `theme`. */
export const overrideRequestSchema = z.object({
  theme: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/).optional(),
  grade: letterGradeSchema,
  reason: z.string().trim().min(LIMITS.override.reasonMin, `give a reason of at least ${LIMITS.override.reasonMin} characters`).max(LIMITS.override.reasonMax),
});
export type OverrideRequest = z.infer<typeof overrideRequestSchema>;

export const overrideSchema = z.object({
  id: z.uuid(),
  theme: z.string().nullable(),
  grade: letterGradeSchema,
  computedGrade: gradeSchema.nullable(),
  reason: z.string(),
  createdBy: z.string(),
  createdAt: z.iso.datetime(),
  withdrawnAt: z.iso.datetime().nullable(),
});
export type Override = z.infer<typeof overrideSchema>;

export const responseEventSchema = z.object({
  kind: z.string(),
  actor: z.string(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.iso.datetime(),
});

/** A matrix row: the computed grades, and the effective ones where a buyer overrode them. */
export const matrixRowSchema = responseRowSchema.extend({
  effectiveOverallGrade: gradeSchema.nullable(),
  effectiveThemes: z.record(z.string(), gradeSchema),
  overridden: z.array(z.string()),
  feedbackReleasedAt: z.iso.datetime().nullable(),
});
export type MatrixRow = z.infer<typeof matrixRowSchema>;

export const MATRIX_SORTS = ['supplier', 'status', 'overall', 'submittedAt', 'productType', 'tier'] as const;

export const matrixQuerySchema = pageQuerySchema.extend({
  pageSize: z.coerce.number().int().min(1).max(LIMITS.list.matrixPageSizeMax).default(50),
  q: z.string().trim().max(LIMITS.list.searchMax).optional(),
  productType: z.string().max(LIMITS.supplier.productTypeMax).optional(),
  country: z.string().length(2).toUpperCase().optional(),
  tier: z.coerce.number().int().min(1).max(LIMITS.supplier.tierMax).optional(),
  status: z.enum(RESPONSE_STATUSES).optional(),
  /** With `theme`: that theme's effective grade; without: the overall one. */
  grade: z.enum(GRADES).optional(),
  theme: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/).optional(),
  /** `theme:<key>` sorts by that theme's rate. */
  sort: z.union([z.enum(MATRIX_SORTS), z.string().regex(/^theme:[a-z][a-z0-9_]{0,39}$/)]).default('supplier'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type MatrixQuery = z.input<typeof matrixQuerySchema>;

/** GET /api/campaigns/:id/matrix/export: the matrix's filters and sort (no paging) and the format. */
export const matrixExportQuerySchema = matrixQuerySchema.omit({ page: true, pageSize: true }).extend({ format: exportFormatSchema.default('csv') });

/** GET /api/campaigns/:id/answers/export */
export const answersExportQuerySchema = z.object({ format: exportFormatSchema.default('csv'), lang: languageSchema.default('ja') });

/** DELETE /api/responses/:id/override: the theme, or the overall grade without one. */
export const withdrawOverrideQuerySchema = z.object({ theme: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/).optional() });

export const matrixSchema = pageOf(matrixRowSchema).extend({
  themes: z.array(z.object({ key: z.string(), title: z.object({ ja: z.string(), en: z.string() }) })),
});

const distributionSchema = z.record(z.string(), z.int32());

export const dashboardSchema = z.object({
  supplierCount: z.int32(),
  counts: statusCountsSchema,
  responseRate: z.number(),
  zCount: z.int32(),
  /** Cumulative submissions per day since launch. */
  timeline: z.array(z.object({ date: z.iso.date(), submitted: z.int32(), rate: z.number() })),
  overallDistribution: distributionSchema,
  gradeDistribution: z.record(z.string(), distributionSchema),
  overdue: z.array(z.object({ responseId: z.uuid(), supplierId: z.uuid(), supplierName: z.string(), status: z.string() })),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
