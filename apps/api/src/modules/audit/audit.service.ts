import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { eventHash, GENESIS_HASH, toJsonValue, type HashedEvent } from './audit-hash';

export type AuditActorType = 'user' | 'supplier' | 'reporter' | 'system';

/**
 * Who made the change. For users and suppliers the label (name) is looked up when omitted,
 * in the same query that reads the chain head. Reporters are never identified.
 */
export type AuditActor =
  | { type: 'user'; id: string; label?: string }
  | { type: 'supplier'; id: string; label?: string }
  | { type: 'reporter' }
  | { type: 'system'; label?: string };

export interface AuditEntry {
  organizationId: string;
  actor: AuditActor;
  /** `<entity>.<verb>`, e.g. `supplier.update`. */
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

// First key of the two-key advisory lock space: keeps audit locks apart from other users
// of advisory locks (migrations use the one-key space).
const AUDIT_LOCK_CLASS = 7_254_100;

/** Appends to each organisation's hash-chained audit log. */
@Injectable()
export class AuditService {
  /**
   * Appends an event inside the caller's transaction, so the event exists exactly when the
   * change does. The per-organisation lock serialises appenders until commit: two
   * transactions can never both read the same chain head.
   */
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('AuditService.record must run inside a transaction');
    }
    const org = entry.organizationId;
    await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [AUDIT_LOCK_CLASS, org]);
    const { actor } = entry;
    const actorId = actor.type === 'user' || actor.type === 'supplier' ? actor.id : null;
    const needsLabel = (actor.type === 'user' || actor.type === 'supplier') && !actor.label;
    // The head is read after the lock is held, in a new statement, so it sees every commit.
    const [head] = (await manager.query(
      `SELECT
         (SELECT seq FROM audit_events WHERE organization_id = $1 ORDER BY seq DESC LIMIT 1) AS seq,
         (SELECT hash FROM audit_events WHERE organization_id = $1 ORDER BY seq DESC LIMIT 1) AS hash,
         CASE $2::text
           WHEN 'user' THEN (SELECT name FROM users WHERE id = $3::uuid AND organization_id = $1)
           WHEN 'supplier' THEN (SELECT name FROM suppliers WHERE id = $3::uuid AND organization_id = $1)
         END AS label`,
      [org, needsLabel ? actor.type : null, needsLabel ? actorId : null],
    )) as { seq: string | null; hash: string | null; label: string | null }[];

    const event: HashedEvent = {
      organizationId: org,
      seq: head.seq === null ? 1 : Number(head.seq) + 1,
      occurredAt: new Date().toISOString(),
      actorType: actor.type,
      actorId,
      actorLabel: actorLabel(actor, head.label),
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJsonValue(entry.before),
      after: toJsonValue(entry.after),
    };
    const prevHash = head.hash ?? GENESIS_HASH;
    await manager.query(
      `INSERT INTO audit_events (organization_id, seq, occurred_at, actor_type, actor_id, actor_label,
         action, entity_type, entity_id, before, after, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        org,
        event.seq,
        event.occurredAt,
        event.actorType,
        event.actorId,
        event.actorLabel,
        event.action,
        event.entityType,
        event.entityId,
        event.before === null ? null : JSON.stringify(event.before),
        event.after === null ? null : JSON.stringify(event.after),
        prevHash,
        eventHash(prevHash, event),
      ],
    );
  }
}

function actorLabel(actor: AuditActor, looked: string | null): string {
  switch (actor.type) {
    case 'user':
    case 'supplier':
      return actor.label ?? looked ?? actor.id;
    case 'reporter':
      return 'reporter';
    case 'system':
      return actor.label ?? 'system';
  }
}
