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
    const { rows, total, nextCursor } = await this.repo.page(organizationId, filter);
    return { items: rows.map(toEvent), total, page: filter.page, pageSize: filter.pageSize, nextCursor };
  }

  /**
   * Recomputes the chain. A deleted row shows as a gap in seq (or, if seq was rewritten to
   * hide it, as a prev_hash that no longer matches); an edited row as a hash that no longer
   * matches its fields. By default the pass resumes after the last event a previous pass
   * found intact (after checking that event is still there and unchanged), so a daily check
   * costs only the day's events; `full` rehashes everything, which also finds a change to
   * an event verified before. Removing the newest events shows once the verified head is
   * past them; before that, a shorter chain is still a valid one.
   */
  async verify(organizationId: string, opts: { full?: boolean } = {}): Promise<AuditVerify> {
    await this.audit.seal(this.db.manager, organizationId);
    const saved = await this.repo.verifiedHead(organizationId);
    if (saved && !opts.full) {
      const anchor = await this.repo.at(organizationId, saved.seq);
      // A changed or missing anchor: only a full pass can say where the chain broke.
      if (anchor && anchor.hash === saved.hash && recompute(organizationId, anchor) === anchor.hash) {
        return { ...(await this.pass(organizationId, saved, saved)), resumedAfter: saved.seq };
      }
    }
    return this.pass(organizationId, { seq: 0, hash: GENESIS_HASH }, saved);
  }

  /** One ordered pass after `start`; a valid end moves the verified head there. */
  private async pass(organizationId: string, start: Head, saved: Head | null): Promise<AuditVerify> {
    let checked = 0;
    let head = start;
    const invalid = (seq: number) => ({ valid: false, events: start.seq + checked, firstInvalidSeq: seq, checked });
    for await (const rows of this.repo.chain(organizationId, start.seq)) {
      for (const row of rows) {
        checked++;
        const expectedSeq = head.seq + 1;
        if (row.seq !== expectedSeq || row.prevHash !== head.hash || row.hash !== recompute(organizationId, row)) {
          return invalid(Math.min(row.seq, expectedSeq));
        }
        // Rehashed consistently from some earlier event on: intact-looking, yet not what was verified.
        if (saved && row.seq === saved.seq && row.hash !== saved.hash) return invalid(row.seq);
        head = { seq: row.seq, hash: row.hash };
      }
      // Hashing a batch takes milliseconds: let requests through between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
    // Events that a previous pass verified are gone from the end of the chain.
    if (saved && head.seq < saved.seq) return { valid: false, events: head.seq, firstInvalidSeq: head.seq + 1, checked };
    if (head.seq > start.seq) await this.repo.saveVerifiedHead(organizationId, head.seq, head.hash);
    return { valid: true, events: head.seq, checked };
  }
}

interface Head {
  seq: number;
  hash: string;
}

function recompute(organizationId: string, row: AuditRow): string {
  return eventHash(row.prevHash, {
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
