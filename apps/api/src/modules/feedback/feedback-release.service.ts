import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { FeedbackReleaseResult, FeedbackStatus } from '@ses/api-types';
import type { AuthUser } from '../../common/auth';
import { DomainError, notFound } from '../../common/errors';
import { AuditService } from '../audit/audit.service';
import { userActor } from '../audit/audit.util';
import { CampaignMailerService } from '../campaigns/campaign-mailer.service';
import { CampaignsService } from '../campaigns/campaigns.service';
import { CorrectiveActionsService } from '../corrective-actions/corrective-actions.service';
import { OUTBOX } from '../mail/mail.sql';
import { recordResponseEvent } from '../responses/response-events';
import { ResponsesRepository } from '../responses/responses.repository';
import { RESPONSES } from '../responses/responses.sql';
import { SUPPLIERS } from '../suppliers/suppliers.sql';
import { userName } from '../users/users.sql';
import { WebhookEventsService } from '../webhooks/webhook-events.service';

/**
 * Releasing feedback sheets to suppliers: a selection or every graded sheet not on hold,
 * holding a sheet back, and where each sheet stands (released, e-mailed, opened).
 * Releasing is what lets a supplier see its grades (campaign `gradeVisibility`), so the
 * corrective-action requests opened at grading go out with it.
 */
@Injectable()
export class FeedbackReleaseService {
  constructor(
    private readonly db: DataSource,
    private readonly campaigns: CampaignsService,
    private readonly responses: ResponsesRepository,
    private readonly correctiveActions: CorrectiveActionsService,
    private readonly mailer: CampaignMailerService,
    private readonly audit: AuditService,
    private readonly webhooks: WebhookEventsService,
  ) {}

  /** Releases `responseIds`' sheets, or without ids every graded sheet not on hold; e-mails each contact a link. */
  async release(me: AuthUser, campaignId: string, responseIds?: string[]): Promise<FeedbackReleaseResult> {
    const campaign = await this.campaigns.find(me.organizationId, campaignId);
    const ids = responseIds ? [...new Set(responseIds)] : null;
    if (ids) {
      const unknown = await this.responses.notGradedOf(me.organizationId, campaignId, ids);
      if (unknown.length) {
        throw new DomainError('VALIDATION_FAILED', `not graded responses of this campaign: ${unknown.join(', ')}`, unknown.map((id) => ({ path: 'responseIds', message: `${id} is not a graded response of this campaign` })));
      }
    }
    return this.db.transaction(async (m) => {
      const released = await this.responses.releaseFeedback(m, me.organizationId, campaignId, ids);
      if (released.length === 0) return { released: 0, queued: 0 };
      const name = await userName(m, me.id);
      for (const id of released) {
        await recordResponseEvent(m, { organizationId: me.organizationId, responseId: id, kind: 'feedback_released', actor: name });
      }
      const queued = await this.mailer.queue(m, campaign, { kind: 'feedback' }, released);
      const actionMails = await this.correctiveActions.mailReleased(m, released);
      await this.webhooks.emit(m, 'feedback.released', { organizationId: me.organizationId, campaignId, responseIds: released });
      await this.audit.record(m, {
        organizationId: me.organizationId,
        actor: { type: 'user', id: me.id, label: name },
        action: 'feedback.release',
        entityType: 'campaign',
        entityId: campaignId,
        after: { released: released.length, responseIds: released.slice(0, 1000), selected: ids !== null, queued, correctiveActionMails: actionMails },
      });
      return { released: released.length, queued };
    });
  }

  /** Holds a sheet back from a release of the whole campaign, or lets it go again. */
  async hold(me: AuthUser, responseId: string, hold: boolean): Promise<FeedbackStatus> {
    const row = await this.statusRow(me.organizationId, responseId);
    if (!row) throw notFound('response');
    if (row.releasedAt) throw new DomainError('INVALID_TRANSITION', 'the feedback sheet has already been released: it can no longer be held back');
    if (row.hold === hold) return row;
    await this.db.transaction(async (m) => {
      await this.responses.setFeedbackHold(m, me.organizationId, responseId, hold);
      await this.audit.record(m, {
        organizationId: me.organizationId,
        actor: userActor(me),
        action: hold ? 'feedback.hold' : 'feedback.unhold',
        entityType: 'response',
        entityId: responseId,
        before: { hold: row.hold },
        after: { hold },
      });
    });
    return { ...row, hold };
  }

  /** Per graded supplier of the campaign: on hold, released, e-mailed, opened. */
  async status(organizationId: string, campaignId: string): Promise<FeedbackStatus[]> {
    await this.campaigns.find(organizationId, campaignId);
    return this.statusRows(organizationId, campaignId, null);
  }

  private async statusRow(organizationId: string, responseId: string): Promise<FeedbackStatus | null> {
    return (await this.statusRows(organizationId, null, responseId))[0] ?? null;
  }

  private async statusRows(organizationId: string, campaignId: string | null, responseId: string | null): Promise<FeedbackStatus[]> {
    const rows: { response_id: string; supplier_id: string; supplier_name: string; hold: boolean; released_at: Date | null; emailed_at: Date | null; opened_at: Date | null }[] =
      await this.db.query(
        `SELECT r.id AS response_id, r.supplier_id, s.name AS supplier_name, r.feedback_hold AS hold, r.feedback_released_at AS released_at,
                r.feedback_opened_at AS opened_at,
                (SELECT min(o.sent_at) FROM ${OUTBOX} o WHERE o.response_id = r.id AND o.kind = 'feedback' AND o.status = 'sent') AS emailed_at
         FROM ${RESPONSES} r JOIN ${SUPPLIERS} s ON s.id = r.supplier_id
         WHERE r.organization_id = $1 AND r.status = 'submitted' AND ($2::uuid IS NULL OR r.campaign_id = $2) AND ($3::uuid IS NULL OR r.id = $3)
         ORDER BY s.name, r.id`,
        [organizationId, campaignId, responseId],
      );
    return rows.map((r) => ({
      responseId: r.response_id,
      supplierId: r.supplier_id,
      supplierName: r.supplier_name,
      hold: r.hold,
      releasedAt: r.released_at?.toISOString() ?? null,
      emailedAt: r.emailed_at?.toISOString() ?? null,
      openedAt: r.opened_at?.toISOString() ?? null,
    }));
  }
}
