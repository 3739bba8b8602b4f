import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { MailMessage, MailMessageList } from '@ses/api-types';
import { DomainError, notFound } from '../../common/errors';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { JobsService } from '../jobs/jobs.service';
import { mailJob } from './outbox.jobs';
import type { OutboxEntity } from './outbox.entity';
import { type NewOutboxRow, type OutboxPageQuery, OutboxRepository } from './outbox.repository';

/** A message to queue. */
export interface OutboxMail {
  organizationId: string;
  /**
   * Names the message once and for all, e.g. `invite:<responseId>:<contactId>`: queueing
   * the same key again is a no-op, and the Message-ID is derived from it.
   */
  dedupeKey: string;
  /** `invitation`, `reminder`, `welcome`, … (shown to buyers). */
  kind: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  campaignId?: string | null;
  responseId?: string | null;
}

export interface EnqueueResult {
  id: string;
  /** The dedupe key was queued before: nothing new will be sent. */
  duplicate: boolean;
}

/** Rows per statement: keeps each statement's text under a few MB of message bodies. */
const CHUNK = 1000;

/**
 * Every e-mail goes out through here: a row in the outbox table and a `mail.send` job,
 * both in the caller's transaction, so a message exists exactly when the change that
 * causes it commits, and is sent by whichever process's worker takes the job.
 */
@Injectable()
export class OutboxService {
  private readonly domain: string;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DataSource,
    private readonly repo: OutboxRepository,
    private readonly jobs: JobsService,
  ) {
    this.domain = /@([^\s>]+)/.exec(config.mailFrom)?.[1] ?? 'localhost';
  }

  /** Queues one message in `manager`'s transaction (or a transaction of its own). */
  async enqueue(manager: EntityManager, mail: OutboxMail): Promise<EnqueueResult> {
    return (await this.enqueueMany(manager, [mail]))[0];
  }

  /** Queues many messages in chunks; results are in the order of `mails`. */
  async enqueueMany(manager: EntityManager, mails: OutboxMail[]): Promise<EnqueueResult[]> {
    if (mails.length === 0) return [];
    if (!manager.queryRunner?.isTransactionActive)
      return manager.transaction((m) => this.enqueueMany(m, mails));
    const results: EnqueueResult[] = [];
    for (let i = 0; i < mails.length; i += CHUNK)
      results.push(...(await this.enqueueChunk(manager, mails.slice(i, i + CHUNK))));
    return results;
  }

  /** The deterministic Message-ID of a dedupe key: a resent message is recognisably the same. */
  messageId(dedupeKey: string): string {
    return `<${createHash('sha256').update(dedupeKey).digest('hex').slice(0, 40)}@${this.domain}>`;
  }

  async list(organizationId: string, query: OutboxPageQuery): Promise<MailMessageList> {
    const [rows, total] = await this.repo.page(organizationId, query);
    return { items: rows.map(toMessage), total, page: query.page, pageSize: query.pageSize };
  }

  /** Sends a failed message again, with a fresh set of retries. */
  async retry(organizationId: string, id: string): Promise<MailMessage> {
    return this.db.transaction(async (m) => {
      if (!(await this.repo.requeue(m, organizationId, id))) {
        const existing = await this.repo.find(m, organizationId, id);
        if (!existing) throw notFound('message');
        throw new DomainError(
          'MAIL_NOT_RETRYABLE',
          `the message is ${existing.status}; only a failed message can be retried`,
        );
      }
      await this.jobs.insertInTransaction(m, [mailJob(this.config, id)]);
      return toMessage((await this.repo.find(m, organizationId, id))!);
    });
  }

  private async enqueueChunk(m: EntityManager, mails: OutboxMail[]): Promise<EnqueueResult[]> {
    const rows: NewOutboxRow[] = mails.map((x) => ({
      organizationId: x.organizationId,
      dedupeKey: x.dedupeKey,
      kind: x.kind,
      to: x.to,
      subject: x.subject,
      html: x.html,
      text: x.text,
      messageId: this.messageId(x.dedupeKey),
      campaignId: x.campaignId ?? null,
      responseId: x.responseId ?? null,
    }));
    const inserted = await this.repo.insertNew(m, rows);
    await this.jobs.insertInTransaction(
      m,
      inserted.map((r) => mailJob(this.config, r.id)),
    );
    const fresh = new Map(inserted.map((r) => [r.dedupe_key, r.id]));
    const before = await this.repo.idsByDedupeKey(
      m,
      mails.map((x) => x.dedupeKey).filter((k) => !fresh.has(k)),
    );
    const reported = new Set<string>();
    return mails.map((x) => {
      const id = fresh.get(x.dedupeKey);
      // A key given twice in one call is queued once; its second mention is a duplicate.
      if (id && !reported.has(x.dedupeKey)) {
        reported.add(x.dedupeKey);
        return { id, duplicate: false };
      }
      return { id: id ?? before.get(x.dedupeKey)!, duplicate: true };
    });
  }
}

export function toMessage(o: OutboxEntity): MailMessage {
  return {
    id: o.id,
    kind: o.kind,
    to: o.to,
    subject: o.subject,
    status: o.status,
    attempts: o.attempts,
    lastError: o.lastError,
    createdAt: o.createdAt.toISOString(),
    sentAt: o.sentAt?.toISOString() ?? null,
    nextAttemptAt: o.status === 'pending' ? (o.nextAttemptAt?.toISOString() ?? null) : null,
    campaignId: o.campaignId,
    responseId: o.responseId,
  };
}
