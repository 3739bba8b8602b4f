import { z } from 'zod';
import { pageOf, pageQuerySchema } from './common.js';
import { LIMITS } from './rules/index.js';

/** What a report is about; the themes of the TMG guideline a reporter can name. */
export const GRIEVANCE_CATEGORIES = ['human_rights', 'labour', 'health_safety', 'environment', 'corruption', 'other'] as const;
export const grievanceCategorySchema = z.enum(GRIEVANCE_CATEGORIES);
export type GrievanceCategory = z.infer<typeof grievanceCategorySchema>;

/**
 * A report's life: `received` (filed, nobody has looked yet) → `triage` (in scope? which
 * supplier?) → `investigating` (facts being verified with the supplier) → `resolved` (an
 * outcome is recorded and shown to the reporter) → `closed` (no further action; also for
 * reports out of scope or duplicates). Buyers may move a report to any status but
 * `received`; `resolved` needs an outcome; nobody can post messages on a closed report
 * until a buyer reopens it.
 */
export const GRIEVANCE_STATUSES = ['received', 'triage', 'investigating', 'resolved', 'closed'] as const;
export const grievanceStatusSchema = z.enum(GRIEVANCE_STATUSES);
export type GrievanceStatus = z.infer<typeof grievanceStatusSchema>;

/** `XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX`: 28 Crockford base32 characters, 140 random bits. */
export const TRACKING_CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}$/;

/** Text as people type it; PostgreSQL cannot store the NUL character, so it is refused here (400). */
const text = (min: number, max: number, tooShort?: string) =>
  z.string().trim().min(min, tooShort).max(max).refine((s) => !s.includes('\u0000'), 'must not contain NUL characters');
const messageBody = text(1, LIMITS.grievance.messageMax);

/** POST /api/public/grievances/:orgSlug */
export const fileGrievanceRequestSchema = z.object({
  category: grievanceCategorySchema,
  description: text(LIMITS.grievance.descriptionMin, LIMITS.grievance.descriptionMax, `describe what happened in at least ${LIMITS.grievance.descriptionMin} characters`),
  /** The supplier as the reporter names it; a buyer links the report to a supplier record. */
  supplierName: text(0, LIMITS.grievance.supplierNameMax).optional(),
  /** Only if the reporter wants to be contacted; leave out to stay anonymous. */
  contact: text(0, LIMITS.grievance.contactMax).optional(),
  /** The language the reporter wrote in (BCP 47, e.g. `ja`, `vi`, `pt-BR`). */
  language: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/, 'language is a tag such as ja, en or pt-BR')
    .optional(),
});
export type FileGrievanceRequest = z.input<typeof fileGrievanceRequestSchema>;

export const fileGrievanceResponseSchema = z.object({
  /** Shown once: only its hash is stored, so it cannot be sent again. */
  trackingCode: z.string(),
});
export type FileGrievanceResponse = z.infer<typeof fileGrievanceResponseSchema>;

export const grievanceMessageRequestSchema = z.object({ body: messageBody });
export type GrievanceMessageRequest = z.input<typeof grievanceMessageRequestSchema>;

/** GET /api/public/grievances/:trackingCode — what the reporter sees: no names of staff. */
export const publicGrievanceSchema = z.object({
  organizationName: z.string(),
  status: grievanceStatusSchema,
  category: grievanceCategorySchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** The recorded outcome, once the report is resolved (or closed after that). */
  outcome: z.string().nullable(),
  messages: z.array(
    z.object({ author: z.enum(['reporter', 'organization']), body: z.string(), createdAt: z.iso.datetime() }),
  ),
});
export type PublicGrievance = z.infer<typeof publicGrievanceSchema>;

/** GET /api/public/organizations/:slug — the header of the public grievance page. */
export const publicOrganizationSchema = z.object({ name: z.string() });
export type PublicOrganization = z.infer<typeof publicOrganizationSchema>;

/** GET /api/grievances */
export const grievanceListQuerySchema = pageQuerySchema.extend({
  status: grievanceStatusSchema.optional(),
  category: grievanceCategorySchema.optional(),
  supplierId: z.uuid().optional(),
});
export type GrievanceListQuery = z.input<typeof grievanceListQuerySchema>;

export const grievanceSummarySchema = z.object({
  id: z.uuid(),
  category: grievanceCategorySchema,
  status: grievanceStatusSchema,
  /** As the reporter wrote it. */
  supplierName: z.string().nullable(),
  /** The supplier record a buyer linked. */
  supplierId: z.uuid().nullable(),
  linkedSupplierName: z.string().nullable(),
  language: z.string().nullable(),
  messageCount: z.int32(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type GrievanceSummary = z.infer<typeof grievanceSummarySchema>;

export const grievanceListSchema = pageOf(grievanceSummarySchema);
export type GrievanceList = z.infer<typeof grievanceListSchema>;

export const grievanceMessageSchema = z.object({
  id: z.uuid(),
  author: z.enum(['reporter', 'buyer']),
  /** The buyer's name; null for the reporter. */
  authorName: z.string().nullable(),
  body: z.string(),
  createdAt: z.iso.datetime(),
});
export type GrievanceMessage = z.infer<typeof grievanceMessageSchema>;

export const grievanceDetailSchema = grievanceSummarySchema.extend({
  description: z.string(),
  /** Only what the reporter chose to give. */
  reporterContact: z.string().nullable(),
  outcome: z.string().nullable(),
  messages: z.array(grievanceMessageSchema),
});
export type GrievanceDetail = z.infer<typeof grievanceDetailSchema>;

/** PATCH /api/grievances/:id */
export const updateGrievanceRequestSchema = z
  .object({
    status: grievanceStatusSchema.exclude(['received']),
    /** A supplier of the same organisation, or null to unlink. */
    supplierId: z.uuid().nullable(),
    outcome: text(1, LIMITS.grievance.outcomeMax).nullable(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');
export type UpdateGrievanceRequest = z.input<typeof updateGrievanceRequestSchema>;
