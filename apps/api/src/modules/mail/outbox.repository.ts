import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { MailStatus } from '@ses/api-types';
import { OutboxEntity } from './outbox.entity';
import { modify } from '../../common/sql';

/** A message as the caller queues it. */
export interface NewOutboxRow {
  organizationId: string;
  dedupeKey: string;
  kind: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  messageId: string;
  campaignId: string | null;
  responseId: string | null;
}

/** A message a worker has claimed and may now send. */
export interface ClaimedMail {
  id: string;
  organizationId: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  messageId: string;
}

export interface DeliveryFailure {
  id: string;
  error: string;
  /** The last try: the message is given up as `failed`. */
  final: boolean;
}

export interface OutboxPageQuery {
  page: number;
  pageSize: number;
  campaignId?: string;
  responseId?: string;
  status?: MailStatus;
}


/** The only code that reads and writes the outbox table. */
@Injectable()
export class OutboxRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Inserts the rows whose dedupe key is new, in one statement of ten array parameters
   * whatever the count (no bind-parameter limit), and returns only those inserted.
   */
  insertNew(m: EntityManager, rows: NewOutboxRow[]): Promise<{ id: string; dedupe_key: string }[]> {
    const col = <K extends keyof NewOutboxRow>(k: K) => rows.map((r) => r[k]);
    return m.query(
      `INSERT INTO outbox (organization_id, dedupe_key, kind, to_address, subject, html, text, message_id, campaign_id, response_id)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::uuid[], $10::uuid[])
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id, dedupe_key`,
      [
        col('organizationId'),
        col('dedupeKey'),
        col('kind'),
        col('to'),
        col('subject'),
        col('html'),
        col('text'),
        col('messageId'),
        col('campaignId'),
        col('responseId'),
      ],
    );
  }

  async idsByDedupeKey(m: EntityManager, keys: string[]): Promise<Map<string, string>> {
    if (keys.length === 0) return new Map();
    const rows: { id: string; dedupe_key: string }[] = await m.query(
      `SELECT id, dedupe_key FROM outbox WHERE dedupe_key = ANY($1::text[])`,
      [keys],
    );
    return new Map(rows.map((r) => [r.dedupe_key, r.id]));
  }

  /**
   * Takes the messages that are waiting, or whose holder's lease ran out, for this worker.
   * The row lock makes it atomic: of two workers given the same id, one gets the row.
   */
  async claim(ids: string[], leaseSeconds: number): Promise<ClaimedMail[]> {
    const { rows } = await modify<Record<string, string>>(
        this.db.manager,
        `UPDATE outbox SET status = 'sending', attempts = attempts + 1, locked_until = now() + make_interval(secs => $2)
         WHERE id = ANY($1::uuid[]) AND (status = 'pending' OR (status = 'sending' AND locked_until < now()))
         RETURNING id, organization_id, to_address, subject, html, text, message_id`,
        [ids, leaseSeconds],
    );
    return rows.map((r) => ({
      id: r.id,
      organizationId: r.organization_id,
      to: r.to_address,
      subject: r.subject,
      html: r.html,
      text: r.text,
      messageId: r.message_id,
    }));
  }

  async statuses(ids: string[]): Promise<Map<string, MailStatus>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; status: MailStatus }[] = await this.db.query(
      `SELECT id, status FROM outbox WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.status]));
  }

  /** Delivered: the last error of an earlier attempt no longer applies. */
  async markSent(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db.query(
      `UPDATE outbox SET status = 'sent', sent_at = now(), locked_until = NULL, next_attempt_at = NULL, last_error = NULL
       WHERE id = ANY($1::uuid[]) AND status = 'sending'`,
      [ids],
    );
  }

  /** Keeps a busy worker's messages its own for another `leaseSeconds`. */
  async renewLease(ids: string[], leaseSeconds: number): Promise<void> {
    if (ids.length === 0) return;
    await this.db.query(
      `UPDATE outbox SET locked_until = now() + make_interval(secs => $2)
       WHERE id = ANY($1::uuid[]) AND status = 'sending'`,
      [ids, leaseSeconds],
    );
  }

  /**
   * Messages whose worker stopped renewing its lease (its process ended) go back to
   * `pending`, returned so that the caller queues a job for each in the same transaction.
   * The row lock makes it safe for every process to sweep at once.
   */
  async releaseLapsed(m: EntityManager, limit: number): Promise<string[]> {
    const { rows } = await modify<{ id: string }>(
      m,
      `UPDATE outbox SET status = 'pending', locked_until = NULL, next_attempt_at = now()
       WHERE id IN (SELECT id FROM outbox WHERE status = 'sending' AND locked_until < now()
                    ORDER BY locked_until LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [limit],
    );
    return rows.map((r) => r.id);
  }

  /** Back to `pending` for the next retry, or `failed` after the last one. */
  async markUnsent(failures: DeliveryFailure[]): Promise<void> {
    if (failures.length === 0) return;
    await this.db.query(
      `UPDATE outbox o SET status = CASE WHEN f.final THEN 'failed' ELSE 'pending' END, last_error = f.error,
         locked_until = NULL, next_attempt_at = NULL
       FROM unnest($1::uuid[], $2::text[], $3::bool[]) AS f(id, error, final)
       WHERE o.id = f.id AND o.status = 'sending'`,
      [failures.map((f) => f.id), failures.map((f) => f.error), failures.map((f) => f.final)],
    );
  }

  async setNextAttempts(next: { id: string; at: Date }[]): Promise<void> {
    if (next.length === 0) return;
    await this.db.query(
      `UPDATE outbox o SET next_attempt_at = n.at FROM unnest($1::uuid[], $2::timestamptz[]) AS n(id, at)
       WHERE o.id = n.id AND o.status = 'pending'`,
      [next.map((n) => n.id), next.map((n) => n.at)],
    );
  }

  /**
   * A buyer's retry: a `failed` message, or one stuck in `sending` because the process
   * holding it stopped, goes back to `pending`. False when there is no such message.
   */
  async requeue(m: EntityManager, organizationId: string, id: string): Promise<boolean> {
    const { rows } = await modify(
        m,
        `UPDATE outbox SET status = 'pending', next_attempt_at = now(), locked_until = NULL
         WHERE id = $1 AND organization_id = $2 AND (status = 'failed' OR (status = 'sending' AND locked_until < now()))
         RETURNING id`,
        [id, organizationId],
    );
    return rows.length === 1;
  }

  find(m: EntityManager, organizationId: string, id: string): Promise<OutboxEntity | null> {
    return m.findOneBy(OutboxEntity, { organizationId, id });
  }

  page(organizationId: string, q: OutboxPageQuery): Promise<[OutboxEntity[], number]> {
    const qb = this.db
      .getRepository(OutboxEntity)
      .createQueryBuilder('o')
      .where('o.organization_id = :organizationId', { organizationId });
    if (q.campaignId) qb.andWhere('o.campaign_id = :campaignId', { campaignId: q.campaignId });
    if (q.responseId) qb.andWhere('o.response_id = :responseId', { responseId: q.responseId });
    if (q.status) qb.andWhere('o.status = :status', { status: q.status });
    return qb
      .orderBy('o.created_at', 'DESC')
      .addOrderBy('o.id', 'DESC')
      .skip((q.page - 1) * q.pageSize)
      .take(q.pageSize)
      .getManyAndCount();
  }
}
