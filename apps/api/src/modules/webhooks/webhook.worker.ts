import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type PgBoss from 'pg-boss';
import { Webhook } from 'standardwebhooks';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { JobsService } from '../jobs/jobs.service';
import { guardedLookup } from './webhook-address';
import { LEASE_SECONDS, REQUEST_TIMEOUT_MS, WEBHOOK_DELIVER, type WebhookDeliverJob } from './webhook.jobs';
import { messageId } from './webhooks.service';

type Job = PgBoss.JobWithMetadata<WebhookDeliverJob>;

interface Claimed {
  id: string;
  event_id: string;
  url: string;
  secret: string;
  payload: object;
}

const BATCH = 10;
const CONCURRENCY = 2;

/**
 * Makes webhook deliveries. A job claims its delivery row with a lease in one UPDATE, so
 * a job that runs twice, or two processes, never send one event twice to a webhook; a
 * refused delivery goes back to `pending` and pg-boss retries its job with backoff.
 */
@Injectable()
export class WebhookDeliveryWorker implements OnModuleInit {
  private readonly logger = new Logger('Webhooks');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DataSource,
    private readonly jobs: JobsService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<WebhookDeliverJob>(WEBHOOK_DELIVER, { batchSize: BATCH, concurrency: CONCURRENCY }, (jobs) =>
      Promise.all(jobs.map((j) => this.process(j))).then(() => undefined),
    );
  }

  async process(job: Job): Promise<void> {
    // An UPDATE answers [rows, count].
    const [[claimed]]: [Claimed[], number] = await this.db.query(
      `UPDATE webhook_deliveries d SET status = 'sending', attempts = d.attempts + 1,
         lease_until = now() + make_interval(secs => $2)
       FROM webhooks w, webhook_events e
       WHERE d.id = $1 AND w.id = d.webhook_id AND e.id = d.event_id
         AND (d.status = 'pending' OR (d.status = 'sending' AND d.lease_until < now()))
       RETURNING d.id, d.event_id, w.url, w.secret, e.payload`,
      [job.data.deliveryId, LEASE_SECONDS],
    );
    if (!claimed) {
      // Delivered, failed or gone: the job is done. Held by another worker: come back later,
      // in case that worker stops before it finishes.
      const [row]: { status: string }[] = await this.db.query(`SELECT status FROM webhook_deliveries WHERE id = $1`, [job.data.deliveryId]);
      if (row?.status === 'sending') await this.jobs.fail(WEBHOOK_DELIVER, [job.id], 'the delivery is held by another worker');
      return;
    }
    const outcome = await this.send(claimed).catch((e: Error) => ({ ok: false as const, status: undefined, error: e.message }));
    if (outcome.ok) {
      await this.db.query(
        `UPDATE webhook_deliveries SET status = 'delivered', delivered_at = now(), lease_until = NULL, last_status_code = $2, last_error = NULL
         WHERE id = $1 AND status = 'sending'`,
        [claimed.id, outcome.status],
      );
      return;
    }
    const final = job.retryCount >= job.retryLimit;
    await this.db.query(
      `UPDATE webhook_deliveries SET status = $2, lease_until = NULL, last_status_code = $3, last_error = $4 WHERE id = $1 AND status = 'sending'`,
      [claimed.id, final ? 'failed' : 'pending', outcome.status ?? null, outcome.error],
    );
    await this.jobs.fail(WEBHOOK_DELIVER, [job.id], 'webhook delivery failed');
    this.logger.warn(`webhook delivery ${claimed.id} not accepted${final ? ' (given up)' : ''}: ${outcome.error}`);
  }

  /** One signed POST; every attempt gets a new timestamp and so a new signature. */
  private send(d: Claimed): Promise<{ ok: true; status: number } | { ok: false; status?: number; error: string }> {
    const body = JSON.stringify(d.payload);
    const id = messageId(d.event_id);
    const now = new Date();
    const signature = new Webhook(d.secret).sign(id, now, body);
    const url = new URL(d.url);
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve) => {
      const req = request(
        url,
        {
          method: 'POST',
          lookup: guardedLookup(this.config.webhooks.allowPrivate),
          timeout: REQUEST_TIMEOUT_MS,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'user-agent': 'supplier-engagement-survey-webhooks',
            'webhook-id': id,
            'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
            'webhook-signature': signature,
          },
        },
        (res) => {
          res.resume();
          const status = res.statusCode ?? 0;
          res.on('end', () =>
            resolve(status >= 200 && status < 300 ? { ok: true, status } : { ok: false, status, error: `the receiver answered ${status}` }),
          );
          res.on('error', (e) => resolve({ ok: false, status, error: e.message }));
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS / 1000} s`)));
      req.on('error', (e) => resolve({ ok: false, error: e.message.slice(0, 500) }));
      req.end(body);
    });
  }
}
