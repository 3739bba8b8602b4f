import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuditEvent, AuditEventList, AuditVerify } from '@ses/api-types';
import { eventHash, GENESIS_HASH } from './audit-hash';
import { type AuditFilter, AuditRepository, type AuditRow } from './audit.repository';
import { AuditService } from './audit.service';

/** Reading and verifying an organisation's audit log. */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: AuditRepository,
    private readonly audit: AuditService,
  ) {}

  // Both start by chaining pending autosave events, so readers always see a sealed log.
  async list(organizationId: string, filter: AuditFilter): Promise<AuditEventList> {
    await this.audit.seal(this.db.manager, organizationId);
    const [rows, total] = await this.repo.page(organizationId, filter);
    return { items: rows.map(toEvent), total, page: filter.page, pageSize: filter.pageSize };
  }

  /**
   * Recomputes the whole chain. A deleted row shows as a gap in seq (or, if seq was
   * rewritten to hide it, as a prev_hash that no longer matches); an edited row as a hash
   * that no longer matches its fields. Only the rows after the last one are out of reach:
   * removing the newest events leaves a shorter chain that is still valid.
   */
  async verify(organizationId: string): Promise<AuditVerify> {
    await this.audit.seal(this.db.manager, organizationId);
    let events = 0;
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    for await (const row of this.repo.chain(organizationId)) {
      events++;
      const recomputed = eventHash(row.prevHash, {
        organizationId,
        seq: row.seq,
        occurredAt: row.occurredAt.toISOString(),
        actorType: row.actorType,
        actorId: row.actorId,
        actorLabel: row.actorLabel,
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        before: row.before,
        after: row.after,
      });
      if (row.seq !== expectedSeq || row.prevHash !== prevHash || row.hash !== recomputed) {
        return { valid: false, events, firstInvalidSeq: Math.min(row.seq, expectedSeq) };
      }
      expectedSeq++;
      prevHash = row.hash;
    }
    return { valid: true, events };
  }
}

function toEvent(r: AuditRow): AuditEvent {
  return {
    seq: r.seq,
    occurredAt: r.occurredAt.toISOString(),
    actorType: r.actorType,
    actorId: r.actorId,
    actorLabel: r.actorLabel,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    before: r.before,
    after: r.after,
    hash: r.hash,
  };
}
