import { z } from 'zod';
import { pageOf, pageQuerySchema } from './common.js';

export const AUDIT_ACTOR_TYPES = ['user', 'supplier', 'reporter', 'system', 'api_key'] as const;
export const auditActorTypeSchema = z.enum(AUDIT_ACTOR_TYPES);
export type AuditActorType = z.infer<typeof auditActorTypeSchema>;

const instant = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

/** GET /api/audit */
export const auditListQuerySchema = pageQuerySchema.extend({
  entityType: z.string().trim().min(1).max(100).optional(),
  entityId: z.string().trim().min(1).max(200).optional(),
  actorType: auditActorTypeSchema.optional(),
  /** An action such as `supplier.update`, or a prefix ending in a dot: `supplier.`. */
  action: z.string().trim().min(1).max(100).optional(),
  /** Inclusive; a date alone means its start (UTC). */
  from: instant.optional(),
  /** Exclusive; a date alone means its start (UTC). */
  to: instant.optional(),
});
export type AuditListQuery = z.input<typeof auditListQuerySchema>;

export const auditEventSchema = z.object({
  /** The event's place in its organisation's chain, from 1 without gaps. */
  seq: z.number().int(),
  occurredAt: z.iso.datetime(),
  actorType: auditActorTypeSchema,
  actorId: z.string().nullable(),
  actorLabel: z.string(),
  /** `<entity>.<verb>`, e.g. `supplier.update`. */
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  hash: z.string(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditEventListSchema = pageOf(auditEventSchema);
export type AuditEventList = z.infer<typeof auditEventListSchema>;

/** GET /api/audit/verify (DESIGN §6). */
export const auditVerifySchema = z.object({
  valid: z.boolean(),
  /** Events checked. */
  events: z.number().int(),
  /** The first seq whose row is missing, altered or out of chain. */
  firstInvalidSeq: z.number().int().optional(),
});
export type AuditVerify = z.infer<typeof auditVerifySchema>;
