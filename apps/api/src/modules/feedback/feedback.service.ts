import { Injectable } from '@nestjs/common';
import type { Archiver } from 'archiver';
import { DataSource } from 'typeorm';
import type { FeedbackSheet } from '@ses/api-types';
import type { Language } from '@ses/questionnaire';
import type { Grade } from '@ses/scoring';
import type { AuthUser } from '../../common/auth';
import { DomainError } from '../../common/errors';
import { AuditService } from '../audit/audit.service';
import { CampaignMailerService } from '../campaigns/campaign-mailer.service';
import { CampaignsService } from '../campaigns/campaigns.service';
import { PortalService } from '../portal/portal.service';
import { QuestionnairesService } from '../questionnaires/questionnaires.service';
import { recordResponseEvent } from '../responses/response-events';
import type { ResponseEntity } from '../responses/response.entity';
import { ResponsesService } from '../responses/responses.service';
import { buildFeedbackSheet } from './feedback-sheet';
import { renderFeedbackPdf } from './feedback-pdf';
import { modify } from '../../common/sql';
import { WebhookEventsService } from '../webhooks/webhook-events.service';

type ZipOptions = { zlib?: { level: number } };
type ArchiverModule = ((format: 'zip', options?: ZipOptions) => Archiver) | { ZipArchive: new (options?: ZipOptions) => Archiver };
// archiver's CommonJS entry is a factory, its ES module entry a set of classes; which one
// loads depends on the resolver, so take whichever is there.
const archiverModule = require('archiver') as ArchiverModule;
const newZip = (options: ZipOptions): Archiver =>
  typeof archiverModule === 'function' ? archiverModule('zip', options) : new archiverModule.ZipArchive(options);

/** Feedback sheets: for the buyer at any time, for the supplier once released. */
@Injectable()
export class FeedbackService {
  constructor(
    private readonly db: DataSource,
    private readonly responses: ResponsesService,
    private readonly campaigns: CampaignsService,
    private readonly questionnaires: QuestionnairesService,
    private readonly portal: PortalService,
    private readonly mailer: CampaignMailerService,
    private readonly audit: AuditService,
    private readonly webhooks: WebhookEventsService,
  ) {}

  async forBuyer(organizationId: string, responseId: string, lang?: Language): Promise<FeedbackSheet> {
    const response = await this.responses.find(organizationId, responseId);
    return this.build(response, lang ?? (await this.contactLanguage(response.supplierId)));
  }

  async forSupplier(token: string, lang?: Language): Promise<FeedbackSheet> {
    const ctx = await this.portal.context(token);
    const { response } = await this.portal.load(ctx);
    if (!response.feedbackReleasedAt) throw new DomainError('FEEDBACK_NOT_RELEASED', 'the feedback sheet has not been released yet');
    return this.build(response, lang ?? ctx.language);
  }

  pdf(sheet: FeedbackSheet): Promise<Buffer> {
    return renderFeedbackPdf(sheet);
  }

  /** Releases the sheets of every graded response not yet released, and e-mails each contact a link. */
  async release(me: AuthUser, campaignId: string): Promise<{ released: number; queued: number }> {
    const campaign = await this.campaigns.find(me.organizationId, campaignId);
    return this.db.transaction(async (m) => {
      const { rows } = await modify<{ id: string }>(
        m,
        `UPDATE responses SET feedback_released_at = now()
         WHERE campaign_id = $1 AND organization_id = $2 AND status = 'submitted' AND feedback_released_at IS NULL RETURNING id`,
        [campaignId, me.organizationId],
      );
      const released = rows.map((r) => r.id);
      if (released.length === 0) return { released: 0, queued: 0 };
      const [user] = await m.query(`SELECT name FROM users WHERE id = $1`, [me.id]);
      for (const id of released) {
        await recordResponseEvent(m, { organizationId: me.organizationId, responseId: id, kind: 'feedback_released', actor: user.name });
      }
      const queued = await this.mailer.queue(m, campaign, { kind: 'feedback' }, released);
      await this.webhooks.emit(m, 'feedback.released', { organizationId: me.organizationId, campaignId, responseIds: released });
      await this.audit.record(m, {
        organizationId: me.organizationId,
        actor: { type: 'user', id: me.id, label: user.name },
        action: 'feedback.release',
        entityType: 'campaign',
        entityId: campaignId,
        after: { released: released.length, responseIds: released.slice(0, 1000), queued },
      });
      return { released: released.length, queued };
    });
  }

  /** Every graded supplier's sheet as PDF, in its contact's language, in one zip. */
  async zip(organizationId: string, campaignId: string): Promise<Buffer> {
    await this.campaigns.find(organizationId, campaignId);
    const rows: { id: string }[] = await this.db.query(
      `SELECT r.id FROM responses r JOIN suppliers s ON s.id = r.supplier_id
       WHERE r.campaign_id = $1 AND r.organization_id = $2 AND r.status = 'submitted' ORDER BY s.name`,
      [campaignId, organizationId],
    );
    const zip = newZip({ zlib: { level: 6 } });
    const chunks: Buffer[] = [];
    zip.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<Buffer>((resolve, reject) => {
      zip.on('end', () => resolve(Buffer.concat(chunks)));
      zip.on('error', reject);
    });
    const names = new Set<string>();
    for (const { id } of rows) {
      const sheet = await this.forBuyer(organizationId, id);
      let name = `${sheet.supplierName.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 80)}.pdf`;
      while (names.has(name)) name = name.replace(/\.pdf$/, '_.pdf');
      names.add(name);
      zip.append(await this.pdf(sheet), { name });
    }
    await zip.finalize();
    return done;
  }

  private async build(response: ResponseEntity, lang: Language): Promise<FeedbackSheet> {
    if (response.status !== 'submitted' || !response.result) throw new DomainError('NOT_SUBMITTED', 'the response has not been submitted and graded');
    const campaign = await this.campaigns.find(response.organizationId, response.campaignId);
    const { definition } = await this.questionnaires.publishedDefinition(campaign.questionnaireVersionId);
    const [meta] = await this.db.query(
      `SELECT o.name AS org, s.name AS supplier, s.product_type FROM organizations o, suppliers s WHERE o.id = $1 AND s.id = $2`,
      [response.organizationId, response.supplierId],
    );
    const [averages, overrides] = await Promise.all([
      this.db.query(
        `SELECT t.key, avg((t.value->>'rate')::float8) AS avg
         FROM responses r JOIN suppliers s ON s.id = r.supplier_id CROSS JOIN LATERAL jsonb_each(r.theme_grades) t
         WHERE r.campaign_id = $1 AND r.status = 'submitted' AND s.product_type = $2 AND jsonb_typeof(t.value->'rate') = 'number'
         GROUP BY 1`,
        [response.campaignId, meta.product_type],
      ) as Promise<{ key: string; avg: number }[]>,
      this.db.query(`SELECT coalesce(theme, '') AS theme, grade FROM response_overrides WHERE response_id = $1 AND withdrawn_at IS NULL`, [
        response.id,
      ]) as Promise<{ theme: string; grade: Grade }[]>,
    ]);
    return buildFeedbackSheet({
      lang,
      definition,
      result: response.result,
      overrides: Object.fromEntries(overrides.map((o) => [o.theme, o.grade])),
      averages: Object.fromEntries(averages.map((a) => [a.key, Number(a.avg)])),
      organizationName: meta.org,
      campaignName: campaign.name,
      supplierName: meta.supplier,
      productType: meta.product_type,
      submittedAt: response.submittedAt,
      releasedAt: response.feedbackReleasedAt,
    });
  }

  private async contactLanguage(supplierId: string): Promise<Language> {
    const [c] = await this.db.query(`SELECT language FROM supplier_contacts WHERE supplier_id = $1 ORDER BY position LIMIT 1`, [supplierId]);
    return c?.language ?? 'ja';
  }
}
