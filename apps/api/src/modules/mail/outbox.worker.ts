import { setMaxListeners } from 'node:events';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type PgBoss from 'pg-boss';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from './mail.service';
import { MAIL_SEND, type MailSendJob, renewEveryMs, SEND_DEADLINE_MS } from './outbox.jobs';
import { type ClaimedMail, type DeliveryFailure, OutboxRepository } from './outbox.repository';

type Job = PgBoss.JobWithMetadata<MailSendJob>;

/** Worker loops per process; with batches of 100 and a 0.5 s poll they outrun the SMTP pool. */
const CONCURRENCY = 4;
const MAX_BATCH = 100;

/**
 * Sends the outbox's messages. Each batch claims its rows atomically, so a job that runs
 * twice, or two processes, never send one row twice; refused messages go back to
 * `pending` and pg-boss retries their jobs with backoff, up to MAIL_RETRY_LIMIT times.
 *
 * Each message is marked `sent` as soon as the SMTP server accepts it, and the process
 * hands the pool no more messages at a time than it has connections: a crash can repeat
 * at most MAIL_MAX_CONNECTIONS messages (accepted, not yet marked), each with its same
 * Message-ID. While a batch is busy its lease is renewed; a dead process's lapses within
 * MAIL_LEASE_SECONDS and the sweep (OutboxSweeper) queues its messages again.
 */
@Injectable()
export class MailSendWorker implements OnModuleInit {
  private readonly logger = new Logger('MailWorker');
  private readonly slots: Slots;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly repo: OutboxRepository,
    private readonly mail: MailService,
  ) {
    this.slots = new Slots(config.mail.maxConnections);
  }

  async onModuleInit(): Promise<void> {
    await this.jobs.work<MailSendJob>(
      MAIL_SEND,
      { batchSize: batchSize(this.config), concurrency: CONCURRENCY },
      (jobs) => this.process(jobs),
    );
  }

  async process(jobs: Job[]): Promise<void> {
    const jobOf = new Map<string, Job>();
    for (const j of jobs) if (!jobOf.has(j.data.outboxId)) jobOf.set(j.data.outboxId, j);
    const lease = this.config.mail.leaseSeconds;
    const claimed = await this.repo.claim([...jobOf.keys()], lease);

    // Rows not claimed are sent, failed or gone (the job is done), or held by another
    // worker: that job comes back later, in case the holder stops before it finishes.
    const taken = new Set(claimed.map((r) => r.id));
    const statuses = await this.repo.statuses([...jobOf.keys()].filter((id) => !taken.has(id)));
    const held = [...statuses].filter(([, s]) => s === 'sending').map(([id]) => jobOf.get(id)!.id);

    const busy = new Set(taken);
    const renew = setInterval(() => {
      this.repo.renewLease([...busy], lease).catch((e: unknown) => {
        this.logger.warn(`lease not renewed: ${(e as Error).message}`);
      });
    }, renewEveryMs(this.config));
    try {
      const { errors, unmarked } = await this.sendAll(claimed, busy);
      // Sent, but the database did not take the mark at the time (it was unavailable).
      await this.repo.markSent(unmarked);
      // Refused messages stay held (and renewed) until their failure is recorded.
      if (errors.size > 0) await this.recordFailures(errors, jobOf);
    } finally {
      clearInterval(renew);
    }
    await this.jobs.fail(MAIL_SEND, held, 'the message is held by another worker');
  }

  /**
   * Sends through the pool, one message per connection at a time, each marked sent before
   * its connection takes the next; anything not gone by the deadline is abandoned.
   */
  private async sendAll(rows: ClaimedMail[], busy: Set<string>) {
    const signal = AbortSignal.timeout(SEND_DEADLINE_MS);
    // Every message of the batch listens to the one deadline.
    setMaxListeners(rows.length + 10, signal);
    const errors = new Map<string, string>();
    const unmarked: string[] = [];
    await Promise.all(
      rows.map(async (r) => {
        const release = await this.slots.take();
        try {
          signal.throwIfAborted();
          await this.mail.send(
            {
              organizationId: r.organizationId,
              to: r.to,
              subject: r.subject,
              html: r.html,
              text: r.text,
              messageId: r.messageId,
            },
            signal,
          );
        } catch (e) {
          errors.set(r.id, deliveryError(e));
          release();
          return;
        }
        try {
          await this.repo.markSent([r.id]);
        } catch {
          unmarked.push(r.id);
        } finally {
          busy.delete(r.id);
          release();
        }
      }),
    );
    return { errors, unmarked };
  }

  private async recordFailures(
    errors: Map<string, string>,
    jobOf: Map<string, Job>,
  ): Promise<void> {
    const failures: (DeliveryFailure & { job: Job })[] = [...errors].map(([id, error]) => {
      const job = jobOf.get(id)!;
      return { id, error, final: job.retryCount >= job.retryLimit, job };
    });
    await this.repo.markUnsent(failures);
    await this.jobs.fail(
      MAIL_SEND,
      failures.map((f) => f.job.id),
      'SMTP delivery failed',
    );
    const retrying = failures.filter((f) => !f.final);
    const next = await Promise.all(
      retrying.map((f) => this.jobs.boss.getJobById<MailSendJob>(MAIL_SEND, f.job.id)),
    );
    await this.repo.setNextAttempts(
      retrying.flatMap((f, i) =>
        next[i]?.startAfter ? [{ id: f.id, at: new Date(next[i].startAfter) }] : [],
      ),
    );
    const given = failures.length - retrying.length;
    this.logger.warn(
      `${failures.length} message(s) not delivered (${retrying.length} to retry, ${given} given up): ${failures[0].error}`,
    );
  }
}

/** In-flight messages per process stay within about a minute of the rate limit. */
export function batchSize(config: AppConfig): number {
  const perMinute = config.mail.rateLimit * 60;
  return config.mail.rateLimit
    ? Math.max(1, Math.min(MAX_BATCH, Math.floor(perMinute / CONCURRENCY)))
    : MAX_BATCH;
}

/**
 * What went wrong, for buyers and the log: the SMTP reply or the network error, never the
 * message, and never credentials that an error might quote from a URL.
 */
export function deliveryError(e: unknown): string {
  const err = e as { message?: string; responseCode?: number; code?: string; name?: string };
  if (err?.name === 'AbortError' || err?.name === 'TimeoutError')
    return 'not sent before the delivery deadline';
  const message = String(err?.message ?? e).replace(/\/\/[^/@\s]+@/g, '//[redacted]@');
  const code = err?.responseCode
    ? `${err.responseCode} `
    : err?.code && !message.includes(err.code)
      ? `${err.code}: `
      : '';
  return (code + message).replace(/\s+/g, ' ').slice(0, 500);
}

/** A counting semaphore: at most `n` holders at once, served in order. */
class Slots {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(n: number) {
    this.free = n;
  }

  async take(): Promise<() => void> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    };
  }
}
