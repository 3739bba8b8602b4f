import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuditActorType } from '@ses/api-types';

/** An event as stored. */
export interface AuditRow {
  seq: number;
  occurredAt: Date;
  actorType: AuditActorType;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  prevHash: string;
  hash: string;
}

export interface AuditFilter {
  page: number;
  pageSize: number;
  /** Events older than this seq (keyset paging); takes precedence over `page`. */
  cursor?: string;
  entityType?: string;
  entityId?: string;
  actorType?: AuditActorType;
  action?: string;
  from?: string;
  to?: string;
}

// seq is bigint, which the driver returns as a string; float8 is exact far beyond any
// chain's length. Every ORDER BY names `e.seq`, the column: an unqualified `seq` would be
// this float output column, which no index covers (PostgreSQL then sorts the whole log).
const COLUMNS = `e.seq::float8 AS "seq", e.occurred_at AS "occurredAt", e.actor_type AS "actorType", e.actor_id AS "actorId",
  e.actor_label AS "actorLabel", e.action, e.entity_type AS "entityType", e.entity_id AS "entityId",
  e.before, e.after, e.prev_hash AS "prevHash", e.hash`;

/** The newest event of an organisation ($1): one step down the (organization_id, seq) index. */
export const HEAD_SQL = `SELECT e.seq::float8 AS seq, e.hash FROM audit_events e WHERE e.organization_id = $1 ORDER BY e.seq DESC LIMIT 1`;

/**
 * A chain batch: the events of $1 with seq in ($2, $2 + batch], in order. A range rather
 * than `seq > $2 LIMIT n`: without fresh statistics (a log just loaded) the planner reads
 * the latter as a bitmap scan of everything after $2 and a sort, for every batch.
 */
export const CHAIN_SQL = (batch: number) =>
  `SELECT ${COLUMNS} FROM audit_events e WHERE e.organization_id = $1 AND e.seq > $2 AND e.seq <= $2 + ${batch} ORDER BY e.seq`;

/** The statements of one list page: its rows, and its total (null: the chain's length). */
export function pageQueries(organizationId: string, f: AuditFilter): { rows: string; params: unknown[]; count: string | null; countParams: unknown[] } {
  const where = ['e.organization_id = $1'];
  const params: unknown[] = [organizationId];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (f.entityType) add('e.entity_type = ?', f.entityType);
  if (f.entityId) add('e.entity_id = ?', f.entityId);
  if (f.actorType) add('e.actor_type = ?', f.actorType);
  // `supplier.` lists every supplier action; anything else is an exact action.
  if (f.action?.endsWith('.')) add(`starts_with(e.action, ?)`, f.action);
  else if (f.action) add('e.action = ?', f.action);
  if (f.from) add('e.occurred_at >= ?::timestamptz', utc(f.from));
  if (f.to) add('e.occurred_at < ?::timestamptz', utc(f.to));
  const filtered = where.length > 1;
  const cond = where.join(' AND ');
  // Seq runs from 1 without gaps, so an unfiltered log counts itself by its head.
  const count = filtered ? `SELECT count(*)::int AS total FROM audit_events e WHERE ${cond}` : null;
  const countParams = [...params];
  if (f.cursor) add('e.seq < ?::bigint', f.cursor);
  // One row more than the page tells whether a next page exists.
  const offset = f.cursor ? '' : ` OFFSET ${(f.page - 1) * f.pageSize}`;
  const rows = `SELECT ${COLUMNS} FROM audit_events e WHERE ${where.join(' AND ')} ORDER BY e.seq DESC LIMIT ${f.pageSize + 1}${offset}`;
  return { rows, params, count, countParams };
}

/** Reads of the audit log; `AuditService.record` is the only writer. */
@Injectable()
export class AuditRepository {
  constructor(private readonly db: DataSource) {}

  async page(organizationId: string, f: AuditFilter): Promise<{ rows: AuditRow[]; total: number; nextCursor: string | null }> {
    const q = pageQueries(organizationId, f);
    const [rows, total] = await Promise.all([
      this.db.query(q.rows, q.params) as Promise<AuditRow[]>,
      q.count
        ? (this.db.query(q.count, q.countParams) as Promise<{ total: number }[]>).then((r) => r[0].total)
        : this.head(organizationId).then((h) => h?.seq ?? 0),
    ]);
    const more = rows.length > f.pageSize;
    if (more) rows.pop();
    return { rows, total, nextCursor: more ? String(rows[rows.length - 1].seq) : null };
  }

  async head(organizationId: string): Promise<{ seq: number; hash: string } | null> {
    const [row] = (await this.db.query(HEAD_SQL, [organizationId])) as { seq: number; hash: string }[];
    return row ?? null;
  }

  /** The event at `seq`, or null. */
  async at(organizationId: string, seq: number): Promise<AuditRow | null> {
    const [row] = (await this.db.query(`SELECT ${COLUMNS} FROM audit_events e WHERE e.organization_id = $1 AND e.seq = $2`, [
      organizationId,
      seq,
    ])) as AuditRow[];
    return row ?? null;
  }

  /**
   * The chain in order after `after`, in batches of consecutive seq down the
   * (organization_id, seq) index: memory holds two batches whatever the log's length. The
   * next batch is read while the caller works on the current one.
   */
  async *chain(organizationId: string, after = 0, batch = 500): AsyncGenerator<AuditRow[]> {
    const last = (await this.head(organizationId))?.seq ?? 0;
    const read = (from: number) => this.db.query(CHAIN_SQL(batch), [organizationId, from]) as Promise<AuditRow[]>;
    let from = after;
    let next = read(from);
    while (from < last) {
      const rows = await next;
      from = rows.length > 0 ? from + batch : await this.before(organizationId, from);
      if (from < last) next = read(from);
      if (rows.length > 0) yield rows;
    }
  }

  /** After an empty range (seq rewritten far ahead): just before the next event there is. */
  private async before(organizationId: string, from: number): Promise<number> {
    const [row] = (await this.db.query(`SELECT min(e.seq)::float8 AS seq FROM audit_events e WHERE e.organization_id = $1 AND e.seq > $2`, [
      organizationId,
      from,
    ])) as { seq: number | null }[];
    return row.seq === null ? Number.MAX_SAFE_INTEGER : row.seq - 1;
  }

  /** The last event known to be intact, as a previous verification left it. */
  async verifiedHead(organizationId: string): Promise<{ seq: number; hash: string } | null> {
    const [row] = (await this.db.query(`SELECT seq::float8 AS seq, hash FROM audit_verified WHERE organization_id = $1`, [
      organizationId,
    ])) as { seq: number; hash: string }[];
    return row ?? null;
  }

  /** Moves the verified head forward (never back: a concurrent pass may have gone further). */
  async saveVerifiedHead(organizationId: string, seq: number, hash: string): Promise<void> {
    await this.db.query(
      `INSERT INTO audit_verified (organization_id, seq, hash) VALUES ($1, $2, $3)
       ON CONFLICT (organization_id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash, verified_at = now()
       WHERE audit_verified.seq < EXCLUDED.seq`,
      [organizationId, seq, hash],
    );
  }
}

/** A date alone is the start of that day in UTC, whatever the session's time zone. */
const utc = (instant: string) => (/^\d{4}-\d{2}-\d{2}$/.test(instant) ? `${instant}T00:00:00Z` : instant);
