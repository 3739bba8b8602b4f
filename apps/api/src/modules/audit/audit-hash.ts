import { createHash } from 'node:crypto';

/** The fields of an event that its hash covers; times as ISO strings with milliseconds. */
export interface HashedEvent {
  organizationId: string;
  seq: number;
  occurredAt: string;
  actorType: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/**
 * JSON with object keys sorted at every depth. jsonb reorders keys (by length, then bytes)
 * on the way in, so the hash must not depend on key order.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/**
 * What jsonb will give back: Dates become strings, undefined members disappear, NUL
 * characters and lone surrogates (which jsonb refuses) are dropped or replaced. Hashing this form keeps stored and
 * recomputed hashes equal.
 */
export function toJsonValue(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? storable(v) : v)));
}

/** PostgreSQL text refuses NUL and lone surrogates (the driver would turn the latter into U+FFFD anyway). */
const storable = (s: string) =>
  s.replace(/\u0000/g, '').replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

export function eventHash(prevHash: string, e: HashedEvent): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(e)).digest('hex');
}

/** The hashed fields of an event as read back from audit_events or audit_pending (times as Date). */
export type StoredEvent = Omit<HashedEvent, 'organizationId' | 'seq' | 'occurredAt'> & { occurredAt: Date };

/**
 * The hash of a stored event at `seq` after `prevHash`: sealing a pending event and verifying
 * a chained one hash the same fields. Only those fields: the row may carry others.
 */
export function storedEventHash(organizationId: string, seq: number, prevHash: string, e: StoredEvent): string {
  return eventHash(prevHash, {
    organizationId,
    seq,
    occurredAt: e.occurredAt.toISOString(),
    actorType: e.actorType,
    actorId: e.actorId,
    actorLabel: e.actorLabel,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    before: e.before,
    after: e.after,
  });
}

/** The chain starts from this value, so the first event is hashed like every other. */
export const GENESIS_HASH = '0'.repeat(64);
