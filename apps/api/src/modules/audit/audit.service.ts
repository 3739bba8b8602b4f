import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { eventHash, GENESIS_HASH, storedEventHash, toJsonValue, type HashedEvent, type StoredEvent } from './audit-hash';
import { SUPPLIERS } from '../suppliers/suppliers.sql';
import { USERS } from '../users/users.sql';
import { HEAD_SQL } from './audit.repository';

import { actingApiKey } from '../../common/request-context';

export type AuditActorType = 'user' | 'supplier' | 'reporter' | 'system' | 'api_key';

/**
 * Who made the change. For users and suppliers the name is looked up when no label is
 * given; a supplier's `contact` (the e-mail of the link used) is added to it. Reporters
 * are never identified.
 */
export type AuditActor =
  | { type: 'user'; id: string; label?: string }
  | { type: 'supplier'; id: string; label?: string; contact?: string }
  | { type: 'reporter' }
  | { type: 'system'; label?: string }
  | { type: 'api_key'; id: string; label: string };

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

interface Head {
  seq: number;
  hash: string;
}

// First key of the two-key advisory lock space: keeps audit locks apart from other users
// of advisory locks (migrations use the one-key space).
const AUDIT_LOCK_CLASS = 7_254_100;
// Sealing hashes on the event loop: small batches with a turn of the loop between them keep
// requests flowing while thousands of autosave events are chained (2,000 at a time held
// the loop for tens of milliseconds and doubled the autosave p99).
const SEAL_BATCH = 200;

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
    await this.lock(manager, org);
    // A request authenticated with an API key acts as that key, not as the user who made it.
    const key = entry.actor.type === 'user' ? actingApiKey() : undefined;
    const actor: AuditActor = key ? { type: 'api_key', id: key.id, label: key.name } : entry.actor;
    const actorId = actor.type === 'user' || actor.type === 'supplier' || actor.type === 'api_key' ? actor.id : null;
    const lookup = (actor.type === 'user' || actor.type === 'supplier') && !actor.label ? actor.type : null;
    // Read after the lock is held, in a statement of its own, so it sees every commit.
    const [row] = (await manager.query(
      `SELECT h.seq, h.hash,
         EXISTS (SELECT 1 FROM audit_pending WHERE organization_id = $1) AS pending,
         CASE $2::text
           WHEN 'user' THEN (SELECT name FROM ${USERS} users WHERE id = $3::uuid AND organization_id = $1)
           WHEN 'supplier' THEN (SELECT name FROM ${SUPPLIERS} suppliers WHERE id = $3::uuid AND organization_id = $1)
         END AS label
       FROM (SELECT 1) AS one LEFT JOIN LATERAL (${HEAD_SQL}) AS h ON true`,
      [org, lookup, lookup ? actorId : null],
    )) as { seq: number | null; hash: string | null; pending: boolean; label: string | null }[];
    let head: Head = { seq: row.seq ?? 0, hash: row.hash ?? GENESIS_HASH };
    // Pending autosave events come first: they happened before this one.
    if (row.pending) head = await this.sealLocked(manager, org, head);

    const event: HashedEvent = {
      organizationId: org,
      seq: head.seq + 1,
      occurredAt: new Date().toISOString(),
      actorType: actor.type,
      actorId,
      actorLabel: actorLabel(actor, row.label),
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJsonValue(entry.before),
      after: toJsonValue(entry.after),
    };
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
        jsonParam(event.before),
        jsonParam(event.after),
        head.hash,
        eventHash(head.hash, event),
      ],
    );
  }

  /**
   * Chains the organisation's pending events (written by autosave into `audit_pending`
   * without taking the lock) in the order they were written, in a transaction of its own.
   */
  async seal(manager: EntityManager, organizationId: string): Promise<void> {
    await manager.transaction(async (m) => {
      await this.lock(m, organizationId);
      const [row] = await m.query(HEAD_SQL, [organizationId]);
      await this.sealLocked(m, organizationId, row ? { seq: row.seq, hash: row.hash } : { seq: 0, hash: GENESIS_HASH });
    });
  }

  private lock(m: EntityManager, organizationId: string): Promise<unknown> {
    return m.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [AUDIT_LOCK_CLASS, organizationId]);
  }

  private async sealLocked(m: EntityManager, organizationId: string, head: Head): Promise<Head> {
    for (;;) {
      const rows: PendingRow[] = await m.query(
        `SELECT id, occurred_at AS "occurredAt", actor_type AS "actorType", actor_id AS "actorId", actor_label AS "actorLabel",
           action, entity_type AS "entityType", entity_id AS "entityId", before, after
         FROM audit_pending WHERE organization_id = $1 ORDER BY id LIMIT ${SEAL_BATCH}`,
        [organizationId],
      );
      if (rows.length === 0) return head;
      const sealed = rows.map((r) => {
        const prev = head.hash;
        const seq = head.seq + 1;
        const hash = storedEventHash(organizationId, seq, prev, r);
        head = { seq, hash };
        return { id: r.id, seq, prev, hash };
      });
      // Moved as they were read: only sealers, under the lock, delete pending rows.
      await m.query(
        `WITH moved AS (
           DELETE FROM audit_pending p USING unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) AS v(id, seq, prev, hash)
           WHERE p.id = v.id
           RETURNING p.*, v.seq, v.prev, v.hash
         )
         INSERT INTO audit_events (organization_id, seq, occurred_at, actor_type, actor_id, actor_label,
           action, entity_type, entity_id, before, after, prev_hash, hash)
         SELECT organization_id, seq, occurred_at, actor_type, actor_id, actor_label,
           action, entity_type, entity_id, before, after, prev, hash
         FROM moved ORDER BY seq`,
        [sealed.map((s) => s.id), sealed.map((s) => s.seq), sealed.map((s) => s.prev), sealed.map((s) => s.hash)],
      );
      if (rows.length < SEAL_BATCH) return head;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

/** A pending event: its hashed fields, and its place in the order of writing. */
interface PendingRow extends StoredEvent {
  id: string;
}

const jsonParam = (v: unknown) => (v === null ? null : JSON.stringify(v));

function actorLabel(actor: AuditActor, looked: string | null): string {
  switch (actor.type) {
    case 'user':
      return actor.label ?? looked ?? actor.id;
    case 'supplier': {
      const name = actor.label ?? looked ?? actor.id;
      return actor.contact ? `${name} (${actor.contact})` : name;
    }
    case 'reporter':
      return 'reporter';
    case 'system':
      return actor.label ?? 'system';
    case 'api_key':
      return actor.label;
  }
}
