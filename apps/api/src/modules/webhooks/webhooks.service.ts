import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type {
  CreateWebhookRequest,
  CreateWebhookResponse,
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookEventType,
  WebhookList,
} from '@ses/api-types';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth';
import { DomainError, notFound } from '../../common/errors';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AuditService } from '../audit/audit.service';
import { userActor } from '../audit/audit.util';
import { JobsService } from '../jobs/jobs.service';
import { checkWebhookUrl, RefusedAddressError } from './webhook-address';
import { deliverJob } from './webhook.jobs';

interface DeliveryRow {
  id: string;
  event_id: string;
  type: WebhookEventType;
  status: WebhookDelivery['status'];
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  created_at: Date;
  delivered_at: Date | null;
}

/** The newest deliveries a list shows. */
const DELIVERY_LIST_LIMIT = 100;

/** The `webhook-id` of an event: the same on every attempt and replay. */
export const messageId = (eventId: string) => `msg_${eventId}`;

/** Subscriptions (admin), their deliveries, and replays. */
@Injectable()
export class WebhooksService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
  ) {}

  async create(me: AuthUser, input: CreateWebhookRequest): Promise<CreateWebhookResponse> {
    try {
      await checkWebhookUrl(input.url, this.config.webhooks.allowPrivate);
    } catch (e) {
      const message = e instanceof RefusedAddressError ? e.message : `the address cannot be resolved`;
      throw new DomainError('WEBHOOK_ADDRESS_REFUSED', `url: ${message}`, [{ path: 'url', message }]);
    }
    // Standard Webhooks: a 24-byte random key, given to the receiver base64-encoded.
    const secret = `whsec_${randomBytes(24).toString('base64')}`;
    const events = [...new Set(input.events)];
    return this.db.transaction(async (m) => {
      const [row]: { id: string }[] = await m.query(
        `INSERT INTO webhooks (organization_id, url, events, secret) VALUES ($1, $2, $3, $4) RETURNING id`,
        [me.organizationId, input.url, events, secret],
      );
      await this.audit.record(m, {
        organizationId: me.organizationId,
        actor: userActor(me),
        action: 'webhook.create',
        entityType: 'webhook',
        entityId: row.id,
        after: { url: input.url, events },
      });
      return { id: row.id, secret };
    });
  }

  async list(organizationId: string): Promise<WebhookList> {
    const rows: { id: string; url: string; events: WebhookEventType[]; created_at: Date }[] = await this.db.query(
      `SELECT id, url, events, created_at FROM webhooks WHERE organization_id = $1 ORDER BY created_at DESC, id`,
      [organizationId],
    );
    return { items: rows.map((r) => ({ id: r.id, url: r.url, events: r.events, createdAt: r.created_at.toISOString() })) };
  }

  /** Deletes the subscription and its deliveries; queued jobs then find nothing to send. */
  async remove(me: AuthUser, id: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const [rows]: [{ url: string }[], number] = await m.query(
        `DELETE FROM webhooks WHERE id = $1 AND organization_id = $2 RETURNING url`,
        [id, me.organizationId],
      );
      if (rows.length === 0) throw notFound('webhook');
      await this.audit.record(m, {
        organizationId: me.organizationId,
        actor: userActor(me),
        action: 'webhook.delete',
        entityType: 'webhook',
        entityId: id,
        before: { url: rows[0].url },
      });
    });
  }

  async deliveries(organizationId: string, webhookId: string): Promise<WebhookDeliveryList> {
    await this.assertWebhook(organizationId, webhookId);
    const rows: DeliveryRow[] = await this.db.query(
      `${DELIVERY_SELECT} WHERE d.webhook_id = $1 ORDER BY d.created_at DESC, d.id LIMIT ${DELIVERY_LIST_LIMIT}`,
      [webhookId],
    );
    return { items: rows.map(toDelivery) };
  }

  /** Sends a delivered or failed event again, signed anew, with a fresh set of retries. */
  async replay(me: AuthUser, webhookId: string, deliveryId: string): Promise<WebhookDelivery> {
    await this.assertWebhook(me.organizationId, webhookId);
    return this.db.transaction(async (m) => {
      const [rows]: [{ id: string }[], number] = await m.query(
        `UPDATE webhook_deliveries SET status = 'pending', attempts = 0, last_error = NULL, last_status_code = NULL, lease_until = NULL
         WHERE id = $1 AND webhook_id = $2 AND status IN ('delivered', 'failed') RETURNING id`,
        [deliveryId, webhookId],
      );
      if (rows.length === 0) {
        const [existing]: DeliveryRow[] = await m.query(`${DELIVERY_SELECT} WHERE d.id = $1 AND d.webhook_id = $2`, [deliveryId, webhookId]);
        if (!existing) throw notFound('delivery');
        throw new DomainError('WEBHOOK_DELIVERY_BUSY', `the delivery is ${existing.status}; only a delivered or failed one can be replayed`);
      }
      await this.jobs.insertInTransaction(m, [deliverJob(this.config, deliveryId)]);
      await this.audit.record(m, {
        organizationId: me.organizationId,
        actor: userActor(me),
        action: 'webhook.replay',
        entityType: 'webhook',
        entityId: webhookId,
        after: { deliveryId },
      });
      const [row]: DeliveryRow[] = await m.query(`${DELIVERY_SELECT} WHERE d.id = $1`, [deliveryId]);
      return toDelivery(row);
    });
  }

  private async assertWebhook(organizationId: string, id: string): Promise<void> {
    const [row] = await this.db.query(`SELECT 1 FROM webhooks WHERE id = $1 AND organization_id = $2`, [id, organizationId]);
    if (!row) throw notFound('webhook');
  }
}

const DELIVERY_SELECT = `SELECT d.id, d.event_id, e.type, d.status, d.attempts, d.last_status_code, d.last_error, d.created_at, d.delivered_at
  FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id`;

function toDelivery(r: DeliveryRow): WebhookDelivery {
  return {
    id: r.id,
    messageId: messageId(r.event_id),
    eventType: r.type,
    status: r.status,
    attempts: r.attempts,
    lastStatusCode: r.last_status_code,
    lastError: r.last_error,
    createdAt: r.created_at.toISOString(),
    deliveredAt: r.delivered_at?.toISOString() ?? null,
  };
}
