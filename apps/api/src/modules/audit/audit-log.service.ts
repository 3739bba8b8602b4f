import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Readable } from 'node:stream';
import { AUDIT_EXPORT_COLUMNS, type AuditEvent, type AuditEventList, type AuditVerify } from '@ses/api-types';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { mapRows, queryStream, through } from '../../common/streaming';
import { ChainCheck, type Head, recompute } from './audit-chain';
import { canonicalJson, GENESIS_HASH } from './audit-hash';
import { type AuditFilter, AuditRepository, type AuditRow, exportQuery } from './audit.repository';
import type { SegmentResult, SegmentTask } from './audit-verify.worker';
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
   * The selected events, oldest first, streamed from a cursor: each with the fields its hash
   * covers exactly as hashed (time as ISO with milliseconds, before/after as canonical JSON)
   * and its prev_hash and hash, so that the chain can be re-checked offline. Headers name the
   * column in the user's language beside its code.
   */
  async exportRows(
    organizationId: string,
    filter: Omit<AuditFilter, 'page' | 'pageSize' | 'cursor'>,
    lang: 'ja' | 'en',
  ): Promise<{ columns: string[]; rows: Readable }> {
    await this.audit.seal(this.db.manager, organizationId);
    const q = exportQuery(organizationId, filter);
    const rows = through(
      await queryStream<AuditRow>(this.db, q.sql, q.params),
      mapRows((r: AuditRow): string[] => [
        String(r.seq),
        r.occurredAt.toISOString(),
        r.actorType,
        r.actorId ?? '',
        r.actorLabel,
        r.action,
        r.entityType,
        r.entityId,
        canonicalJson(r.before),
        canonicalJson(r.after),
        r.prevHash,
        r.hash,
      ]),
    );
    return { columns: AUDIT_EXPORT_COLUMNS.map((c) => `${AUDIT_HEADERS[lang][c]} (${c})`), rows };
  }

  /**
   * Recomputes the chain (what counts as broken: ChainCheck). By default the pass resumes after the last event a previous pass
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
    const last = (await this.repo.head(organizationId))?.seq ?? start.seq;
    const segments =
      last - start.seq >= WORKER_MIN_EVENTS && existsSync(WORKER_FILE) ? await this.inWorkers(organizationId, start.seq, last, saved) : null;
    let head = start;
    let checked = 0;
    const invalid = (seq: number, n = seq - start.seq) => ({ valid: false, events: start.seq + n, firstInvalidSeq: seq, checked: n });
    if (segments) {
      // Each segment took its first event's seq and prev_hash as given: they join the one before.
      for (const s of segments) {
        if (s.first && (s.first.seq !== head.seq + 1 || s.first.prevHash !== head.hash)) return invalid(Math.min(s.first.seq, head.seq + 1));
        if (s.invalidSeq !== null) return invalid(s.invalidSeq);
        if (s.last) head = s.last;
        checked += s.checked;
      }
    } else {
      const check = new ChainCheck(organizationId, start, saved);
      for await (const rows of this.repo.chain(organizationId, start.seq, last)) {
        if (!check.push(rows)) return invalid(check.invalidSeq!, check.checked);
        // Hashing a batch takes milliseconds: let requests through between batches.
        await new Promise((resolve) => setImmediate(resolve));
      }
      head = check.head!;
      checked = check.checked;
    }
    // Events that a previous pass verified are gone from the end of the chain.
    if (saved && head.seq < saved.seq) return { valid: false, events: head.seq, firstInvalidSeq: head.seq + 1, checked };
    if (head.seq > start.seq) await this.repo.saveVerifiedHead(organizationId, head.seq, head.hash);
    return { valid: true, events: head.seq, checked };
  }

  /** (after, last] cut into one segment per core, each checked by a worker thread. */
  private inWorkers(organizationId: string, after: number, last: number, saved: Head | null): Promise<SegmentResult[]> {
    const n = Math.max(2, Math.min(4, availableParallelism()));
    const size = Math.ceil((last - after) / n);
    const databaseUrl = (this.db.options as { url?: string }).url;
    if (!databaseUrl) throw new Error('the audit verification workers need the database URL');
    const tasks: SegmentTask[] = Array.from({ length: n }, (_, i) => ({
      databaseUrl,
      organizationId,
      after: after + i * size,
      last: Math.min(last, after + (i + 1) * size),
      saved,
    })).filter((t) => t.after < t.last);
    return Promise.all(
      tasks.map(
        (task) =>
          new Promise<SegmentResult>((resolve, reject) => {
            const worker = new Worker(WORKER_FILE, { workerData: task });
            worker.once('message', (m: { result?: SegmentResult; error?: string }) => (m.result ? resolve(m.result) : reject(new Error(m.error))));
            worker.once('error', reject);
            worker.once('exit', (code) => reject(new Error(`audit verification worker exited with ${code}`)));
          }),
      ),
    );
  }
}

/** Beyond this many events a pass runs in worker threads (built code only: the worker is JavaScript). */
const WORKER_MIN_EVENTS = 50_000;
const WORKER_FILE = join(__dirname, 'audit-verify.worker.js');

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

const AUDIT_HEADERS: Record<'ja' | 'en', Record<(typeof AUDIT_EXPORT_COLUMNS)[number], string>> = {
  ja: {
    seq: '連番', occurred_at: '日時（UTC）', actor_type: '実行者の種別', actor_id: '実行者ID', actor_label: '実行者',
    action: '操作', entity_type: '対象の種別', entity_id: '対象ID', before: '変更前', after: '変更後',
    prev_hash: '直前のハッシュ', hash: 'ハッシュ',
  },
  en: {
    seq: 'Sequence', occurred_at: 'Time (UTC)', actor_type: 'Actor type', actor_id: 'Actor ID', actor_label: 'Actor',
    action: 'Action', entity_type: 'Entity type', entity_id: 'Entity ID', before: 'Before', after: 'After',
    prev_hash: 'Previous hash', hash: 'Hash',
  },
};
