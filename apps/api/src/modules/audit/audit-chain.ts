import type { AuditActorType } from '@ses/api-types';
import { type StoredEvent, storedEventHash } from './audit-hash';

/**
 * Reading the chain in order and checking it, shared by the in-process pass and the
 * verification worker (audit-verify.worker.ts): no framework here, only SQL and the hash.
 */

/** An event as stored. */
export interface AuditRow extends StoredEvent {
  seq: number;
  actorType: AuditActorType;
  prevHash: string;
  hash: string;
}

export interface Head {
  seq: number;
  hash: string;
}

// seq is bigint, which the driver returns as a string; float8 is exact far beyond any
// chain's length. Every ORDER BY names `e.seq`, the column: an unqualified `seq` would be
// this float output column, which no index covers (PostgreSQL then sorts the whole log).
export const COLUMNS = `e.seq::float8 AS "seq", e.occurred_at AS "occurredAt", e.actor_type AS "actorType", e.actor_id AS "actorId",
  e.actor_label AS "actorLabel", e.action, e.entity_type AS "entityType", e.entity_id AS "entityId",
  e.before, e.after, e.prev_hash AS "prevHash", e.hash`;

/**
 * A chain batch: the events of $1 with seq in ($2, $2 + batch], in order. A range rather
 * than `seq > $2 LIMIT n`: without fresh statistics (a log just loaded) the planner reads
 * the latter as a bitmap scan of everything after $2 and a sort, for every batch.
 */
export const CHAIN_SQL = (batch: number) =>
  `SELECT ${COLUMNS} FROM audit_events e WHERE e.organization_id = $1 AND e.seq > $2 AND e.seq <= $2 + ${batch} ORDER BY e.seq`;

/** Events per round trip of a verification: large enough that the round trips cost little. */
export const CHAIN_BATCH = 5_000;

type Query = (sql: string, params: unknown[]) => Promise<unknown[]>;

/**
 * The chain's events with seq in (after, last], in batches of consecutive seq down the
 * (organization_id, seq) index: memory holds two batches whatever the log's length. The next
 * batch is read while the caller works on the current one.
 */
export async function* readChain(query: Query, organizationId: string, after: number, last: number, batch = CHAIN_BATCH): AsyncGenerator<AuditRow[]> {
  const read = (from: number) =>
    (query(CHAIN_SQL(Math.min(batch, last - from)), [organizationId, from]) as Promise<AuditRow[]>);
  let from = after;
  let next = from < last ? read(from) : null;
  while (next) {
    const rows = await next;
    const reached = rows.length > 0 ? from + Math.min(batch, last - from) : await before(query, organizationId, from);
    from = reached;
    next = from < last ? read(from) : null;
    if (rows.length > 0) yield rows;
  }
}

/** After an empty range (seq rewritten far ahead): just before the next event there is. */
async function before(query: Query, organizationId: string, from: number): Promise<number> {
  const [row] = (await query(`SELECT min(e.seq)::float8 AS seq FROM audit_events e WHERE e.organization_id = $1 AND e.seq > $2`, [
    organizationId,
    from,
  ])) as { seq: number | null }[];
  return row.seq === null ? Number.MAX_SAFE_INTEGER : row.seq - 1;
}

/**
 * Checks events in order. A deleted row shows as a gap in seq (or, if seq was rewritten to
 * hide it, as a prev_hash that no longer matches); an edited row as a hash that no longer
 * matches its fields; `saved` (the head a previous pass verified) must still carry its hash.
 * A check that starts mid-chain (`head` null, a worker's segment) takes the first event's
 * seq and prev_hash as given and reports them, for the caller to join the segments.
 */
export class ChainCheck {
  checked = 0;
  first: { seq: number; prevHash: string } | null = null;
  invalidSeq: number | null = null;

  constructor(
    private readonly organizationId: string,
    public head: Head | null,
    private readonly saved: Head | null,
  ) {}

  /** False once an event is invalid (then `invalidSeq` says where). */
  push(rows: readonly AuditRow[]): boolean {
    for (const row of rows) {
      this.checked++;
      if (!this.first) this.first = { seq: row.seq, prevHash: row.prevHash };
      const head = this.head ?? { seq: row.seq - 1, hash: row.prevHash };
      const expectedSeq = head.seq + 1;
      if (row.seq !== expectedSeq || row.prevHash !== head.hash || row.hash !== recompute(this.organizationId, row)) {
        this.invalidSeq = Math.min(row.seq, expectedSeq);
        return false;
      }
      // Rehashed consistently from some earlier event on: intact-looking, yet not what was verified.
      if (this.saved && row.seq === this.saved.seq && row.hash !== this.saved.hash) {
        this.invalidSeq = row.seq;
        return false;
      }
      this.head = { seq: row.seq, hash: row.hash };
    }
    return true;
  }
}

export function recompute(organizationId: string, row: AuditRow): string {
  return storedEventHash(organizationId, row.seq, row.prevHash, row);
}
