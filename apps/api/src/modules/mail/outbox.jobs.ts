import type PgBoss from 'pg-boss';
import type { AppConfig } from '../../config/config';

/** The queue of messages to send; a job's data is `{ outboxId }`. */
export const MAIL_SEND = 'mail.send';

export interface MailSendJob {
  outboxId: string;
}

/**
 * A worker holds a claimed message for MAIL_LEASE_SECONDS without renewing; a busy worker
 * renews its hold every third of that, and every process sweeps for lapsed holds as often.
 * A worker that stops (a crash, a kill) lets its hold lapse, and the next sweep hands its
 * messages to new jobs: they resume within the lease and a third, under a minute by default.
 */
export const renewEveryMs = (config: AppConfig) => Math.max(1000, (config.mail.leaseSeconds * 1000) / 3);

/**
 * A job runs at most this long (pg-boss fails it after); sends still in flight are
 * abandoned a minute before, so no message is being sent by a job pg-boss gave up on.
 */
export const JOB_EXPIRE_SECONDS = 300;
export const SEND_DEADLINE_MS = (JOB_EXPIRE_SECONDS - 60) * 1000;

/** Retries with exponential backoff (about delay × 2^n, with jitter), then `failed`. */
export function mailJob(config: AppConfig, outboxId: string): PgBoss.JobInsert<MailSendJob> {
  return {
    name: MAIL_SEND,
    data: { outboxId },
    retryLimit: config.mail.retryLimit,
    retryDelay: config.mail.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: JOB_EXPIRE_SECONDS,
  };
}
