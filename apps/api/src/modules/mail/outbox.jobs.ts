import type PgBoss from 'pg-boss';
import type { AppConfig } from '../../config/config';

/** The queue of messages to send; a job's data is `{ outboxId }`. */
export const MAIL_SEND = 'mail.send';

export interface MailSendJob {
  outboxId: string;
}

/**
 * How long a worker holds a claimed message without renewing its lease. A busy worker
 * renews it every LEASE_RENEW_MS; a worker that stops (a crash, a kill) lets it lapse, and
 * the sweep (every SWEEP_MS, in every process) hands the message to a new job. So messages
 * a dead process held are resumed within LEASE_SECONDS + SWEEP_MS, under a minute.
 */
export const LEASE_SECONDS = 30;
export const LEASE_RENEW_MS = 10_000;
export const SWEEP_MS = 10_000;

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
