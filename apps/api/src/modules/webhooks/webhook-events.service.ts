import { Inject, Injectable } from '@nestjs/common';
import type { CorrectiveActionStatus, WebhookPayload } from '@ses/api-types';
import type { Grade } from '@ses/scoring';
import { webhookPayloadSchema } from '@ses/api-types';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { JobsService } from '../jobs/jobs.service';
import { inTransaction } from '../audit/audit.util';
import { deliverJob } from './webhook.jobs';
import { RESPONSES } from '../responses/responses.sql';
import { readEffectiveGrades } from '../responses/effective-grades';

type EventData<T extends WebhookPayload['type']> = Extract<WebhookPayload, { type: T }>['data'];

/**
 * The outbox of webhook events. Each event is written with one delivery row per subscribed
 * webhook and one job per delivery, in the transaction of the change it reports: an event
 * exists exactly when its change commits. Nothing is written for an event nobody subscribed to.
 */
@Injectable()
export class WebhookEventsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
  ) {}

  async emit<T extends WebhookPayload['type']>(m: EntityManager, type: T, data: EventData<T>): Promise<void> {
    const payload = webhookPayloadSchema.parse({ type, timestamp: new Date().toISOString(), data });
    await inTransaction(m, async (tx) => {
      const rows: { id: string }[] = await tx.query(
        `WITH subs AS (SELECT id FROM webhooks WHERE organization_id = $1 AND $2 = ANY(events)),
              ev AS (INSERT INTO webhook_events (organization_id, type, payload)
                     SELECT $1, $2, $3 WHERE EXISTS (SELECT 1 FROM subs) RETURNING id)
         INSERT INTO webhook_deliveries (webhook_id, event_id) SELECT subs.id, ev.id FROM subs, ev RETURNING id`,
        [data.organizationId, type, JSON.stringify(payload)],
      );
      await this.jobs.insertInTransaction(
        tx,
        rows.map((r) => deliverJob(this.config, r.id)),
      );
    });
  }

  /** `response.submitted` and the grade it got (`response.graded`). */
  async responseSubmitted(m: EntityManager, responseId: string): Promise<void> {
    const r = await this.response(m, responseId);
    if (!r) return;
    await this.emit(m, 'response.submitted', { ...r.ref, submittedAt: r.submittedAt });
    await this.emit(m, 'response.graded', { ...r.ref, ...r.grades, source: 'submission' });
  }

  /** `response.graded` after a buyer set or withdrew an override: the grades now in force. */
  async responseRegraded(m: EntityManager, responseId: string): Promise<void> {
    const r = await this.response(m, responseId);
    if (r) await this.emit(m, 'response.graded', { ...r.ref, ...r.grades, source: 'override' });
  }

  async correctiveActionStatusChanged(
    m: EntityManager,
    a: { id: string; organization_id: string; supplier_id: string; response_id: string },
    from: CorrectiveActionStatus,
    to: CorrectiveActionStatus,
  ): Promise<void> {
    await this.emit(m, 'corrective_action.status_changed', {
      organizationId: a.organization_id,
      correctiveActionId: a.id,
      supplierId: a.supplier_id,
      responseId: a.response_id,
      from,
      to,
    });
  }

  private async response(m: EntityManager, id: string) {
    const [row]: { organization_id: string; campaign_id: string; supplier_id: string; submitted_at: Date | null }[] = await m.query(
      `SELECT r.organization_id, r.campaign_id, r.supplier_id, r.submitted_at FROM ${RESPONSES} r WHERE r.id = $1`,
      [id],
    );
    if (!row) return null;
    // The grades that count, reviewers' overrides applied.
    const effective = await readEffectiveGrades(m, id);
    const overallGrade: Grade | null = effective?.overall.grade ?? null;
    const themeGrades: Record<string, Grade> = {};
    for (const [k, t] of Object.entries(effective?.themes ?? {})) themeGrades[k] = t.grade;
    return {
      ref: { organizationId: row.organization_id, responseId: id, campaignId: row.campaign_id, supplierId: row.supplier_id },
      submittedAt: (row.submitted_at ?? new Date()).toISOString(),
      grades: { overallGrade, themeGrades },
    };
  }
}
