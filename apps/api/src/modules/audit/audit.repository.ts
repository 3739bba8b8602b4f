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
  entityType?: string;
  entityId?: string;
  actorType?: AuditActorType;
  action?: string;
  from?: string;
  to?: string;
}

const COLUMNS = `seq::float8 AS "seq", occurred_at AS "occurredAt", actor_type AS "actorType", actor_id AS "actorId",
  actor_label AS "actorLabel", action, entity_type AS "entityType", entity_id AS "entityId",
  before, after, prev_hash AS "prevHash", hash`;

/** Reads of the audit log; `AuditService.record` is the only writer. */
@Injectable()
export class AuditRepository {
  constructor(private readonly db: DataSource) {}

  async page(organizationId: string, f: AuditFilter): Promise<[AuditRow[], number]> {
    const where = ['organization_id = $1'];
    const params: unknown[] = [organizationId];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (f.entityType) add('entity_type = ?', f.entityType);
    if (f.entityId) add('entity_id = ?', f.entityId);
    if (f.actorType) add('actor_type = ?', f.actorType);
    // `supplier.` lists every supplier action; anything else is an exact action.
    if (f.action?.endsWith('.')) add(`starts_with(action, ?)`, f.action);
    else if (f.action) add('action = ?', f.action);
    if (f.from) add('occurred_at >= ?::timestamptz', utc(f.from));
    if (f.to) add('occurred_at < ?::timestamptz', utc(f.to));
    const cond = where.join(' AND ');
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM audit_events WHERE ${cond}`, params);
    const rows = await this.db.query(
      `SELECT ${COLUMNS} FROM audit_events WHERE ${cond} ORDER BY seq DESC LIMIT ${f.pageSize} OFFSET ${(f.page - 1) * f.pageSize}`,
      params,
    );
    return [rows, total];
  }

  /** The chain in order, a batch at a time, so that a long log is never held in memory. */
  async *chain(organizationId: string, batch = 2000): AsyncGenerator<AuditRow> {
    let after = 0;
    for (;;) {
      const rows: AuditRow[] = await this.db.query(
        `SELECT ${COLUMNS} FROM audit_events WHERE organization_id = $1 AND seq > $2 ORDER BY seq LIMIT ${batch}`,
        [organizationId, after],
      );
      yield* rows;
      if (rows.length < batch) return;
      after = rows[rows.length - 1].seq;
    }
  }
}

/** A date alone is the start of that day in UTC, whatever the session's time zone. */
const utc = (instant: string) => (/^\d{4}-\d{2}-\d{2}$/.test(instant) ? `${instant}T00:00:00Z` : instant);
