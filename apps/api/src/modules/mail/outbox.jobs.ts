import type PgBoss from 'pg-boss';
import type { AppConfig } from '../../config/config';

/** The queue of messages to send; a job's data is `{ outboxId }`. */
export const MAIL_SEND = 'mail.send';

export interface MailSendJob {
  outboxId: string;
}

/**
 * How long a worker holds a claimed message. A job runs at most this long (pg-boss fails
 * it after), and sends still in flight are abandoned a minute before, so no message is
 * ever being sent by a worker whose lease has run out.
 */
export const LEASE_SECONDS = 300;
export const SEND_DEADLINE_MS = (LEASE_SECONDS - 60) * 1000;

/** Retries with exponential backoff (about delay × 2^n, with jitter), then `failed`. */
export function mailJob(config: AppConfig, outboxId: string): PgBoss.JobInsert<MailSendJob> {
  return {
    name: MAIL_SEND,
    data: { outboxId },
    retryLimit: config.mail.retryLimit,
    retryDelay: config.mail.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: LEASE_SECONDS,
  };
}
