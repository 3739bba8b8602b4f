import { z } from 'zod';
import { pageOf, pageQuerySchema } from './common.js';
import { LIMITS } from './rules/index.js';

export const AUDIT_ACTOR_TYPES = ['user', 'supplier', 'reporter', 'system', 'api_key'] as const;
export const auditActorTypeSchema = z.enum(AUDIT_ACTOR_TYPES);
export type AuditActorType = z.infer<typeof auditActorTypeSchema>;

const instant = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

/** GET /api/audit */
export const auditListQuerySchema = pageQuerySchema.extend({
  entityType: z.string().trim().min(1).max(LIMITS.audit.entityTypeMax).optional(),
  entityId: z.string().trim().min(1).max(LIMITS.audit.entityIdMax).optional(),
  actorType: auditActorTypeSchema.optional(),
  /** An action such as `supplier.update`, or a prefix ending in a dot: `supplier.`. */
  action: z.string().trim().min(1).max(LIMITS.audit.actionMax).optional(),
  /** Inclusive; a date alone means its start (UTC). */
  from: instant.optional(),
  /** Exclusive; a date alone means its start (UTC). */
  to: instant.optional(),
  /**
   * The `nextCursor` of the previous page: the events after it, newest first, without an
   * offset (deep pages cost what page 1 costs, and events recorded meanwhile shift nothing).
   * Takes precedence over `page`.
   */
  cursor: z.string().regex(/^[1-9]\d{0,17}$/, 'a cursor from nextCursor').optional(),
});
export type AuditListQuery = z.input<typeof auditListQuerySchema>;

/**
 * GET /api/audit/export: the events the filters select, oldest first, as CSV or XLSX, with
 * each event's prev_hash and hash (headers in `lang`).
 */
export const auditExportQuerySchema = auditListQuerySchema.omit({ page: true, pageSize: true, cursor: true }).extend({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  lang: z.enum(['ja', 'en']).default('ja'),
});
export type AuditExportQuery = z.input<typeof auditExportQuerySchema>;

/** The audit export's columns, in order: the fields its hash covers, then the chain. */
export const AUDIT_EXPORT_COLUMNS = [
  'seq', 'occurred_at', 'actor_type', 'actor_id', 'actor_label', 'action', 'entity_type', 'entity_id', 'before', 'after', 'prev_hash', 'hash',
] as const;

export const auditEventSchema = z.object({
  /** The event's place in its organisation's chain, from 1 without gaps. */
  seq: z.int(),
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

export const auditEventListSchema = pageOf(auditEventSchema).extend({
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable().optional(),
});
export type AuditEventList = z.infer<typeof auditEventListSchema>;

/** GET /api/audit/verify */
export const auditVerifyQuerySchema = z.object({
  /** Rehash the whole chain instead of resuming after the last verified event. */
  full: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

/** GET /api/audit/verify (DESIGN §6). */
export const auditVerifySchema = z.object({
  valid: z.boolean(),
  /** Events in the chain the verdict covers (those verified before and those checked now). */
  events: z.int32(),
  /** The first seq whose row is missing, altered or out of chain. */
  firstInvalidSeq: z.int().optional(),
  /** Events hashed by this pass. */
  checked: z.int32().optional(),
  /** The seq of the previously verified event this pass resumed after; absent on a full pass. */
  resumedAfter: z.int().optional(),
});
export type AuditVerify = z.infer<typeof auditVerifySchema>;
