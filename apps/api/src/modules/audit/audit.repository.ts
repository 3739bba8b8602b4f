import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuditActorType } from '@ses/api-types';
import { type AuditRow, COLUMNS, readChain } from './audit-chain';

export { type AuditRow, CHAIN_SQL } from './audit-chain';

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

/** The newest event of an organisation ($1): one step down the (organization_id, seq) index. */
export const HEAD_SQL = `SELECT e.seq::float8 AS seq, e.hash FROM audit_events e WHERE e.organization_id = $1 ORDER BY e.seq DESC LIMIT 1`;

/** The events the filters select, oldest first: the statement an export streams from. */
export function exportQuery(organizationId: string, f: Omit<AuditFilter, 'page' | 'pageSize' | 'cursor'>): { sql: string; params: unknown[] } {
  const { where, params } = filterOf(organizationId, f);
  return { sql: `SELECT ${COLUMNS} FROM audit_events e WHERE ${where.join(' AND ')} ORDER BY e.seq`, params };
}

function filterOf(organizationId: string, f: Omit<AuditFilter, 'page' | 'pageSize' | 'cursor'>) {
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
  return { where, params, add };
}

/** The statements of one list page: its rows, and its total (null: the chain's length). */
export function pageQueries(organizationId: string, f: AuditFilter): { rows: string; params: unknown[]; count: string | null; countParams: unknown[] } {
  const { where, params, add } = filterOf(organizationId, f);
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

  /** The chain in order after `after` up to the head as it is now (see readChain). */
  chain(organizationId: string, after: number, last: number): AsyncGenerator<AuditRow[]> {
    return readChain((sql, params) => this.db.query(sql, params) as Promise<unknown[]>, organizationId, after, last);
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
