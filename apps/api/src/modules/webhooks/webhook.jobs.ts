import type PgBoss from 'pg-boss';
import type { AppConfig } from '../../config/config';

/** The queue of deliveries to make; a job's data is `{ deliveryId }`. */
export const WEBHOOK_DELIVER = 'webhook.deliver';

export interface WebhookDeliverJob {
  deliveryId: string;
}

/** How long a worker holds a claimed delivery; a request is abandoned well before. */
export const LEASE_SECONDS = 60;
export const REQUEST_TIMEOUT_MS = 15_000;

/** Retries with exponential backoff (about delay × 2^n), then `failed`. */
export function deliverJob(config: AppConfig, deliveryId: string): PgBoss.JobInsert<WebhookDeliverJob> {
  return {
    name: WEBHOOK_DELIVER,
    data: { deliveryId },
    retryLimit: config.webhooks.retryLimit,
    retryDelay: config.webhooks.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: LEASE_SECONDS * 2,
  };
}
