import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  RESPONSE_STATUSES,
  createCampaignRequestSchema,
  updateCampaignRequestSchema,
  type Campaign,
  type ResponseStatus,
} from '@ses/api-types';
import type { Language } from '@ses/questionnaire';
import { DEFAULT_THRESHOLDS } from '@ses/scoring';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth';
import { DomainError, notFound } from '../../common/errors';
import { type AuditActor, AuditService } from '../audit/audit.service';
import { changes, userActor } from '../audit/audit.util';
import { OrganizationsService } from '../organizations/organizations.service';
import { ResponsesRepository } from '../responses/responses.repository';
import { QuestionnairesService } from '../questionnaires/questionnaires.service';
import { AnswersRepository } from '../responses/answers.repository';
import { ResponseLinksService } from '../responses/response-links.service';
import { PUBLIC_STATUS_SQL } from '../responses/response-status';
import { CampaignLaunchService } from './campaign-launch.service';
import { CampaignMailerService } from './campaign-mailer.service';
import { CampaignEntity } from './campaign.entity';
import { QUESTIONNAIRES, QUESTIONNAIRE_VERSIONS } from '../questionnaires/questionnaires.sql';
import { RESPONSES } from '../responses/responses.sql';
import { SUPPLIERS } from '../suppliers/suppliers.sql';

type CreateInput = z.output<typeof createCampaignRequestSchema>;
type UpdateInput = z.output<typeof updateCampaignRequestSchema>;

@Injectable()
export class CampaignsService {
  constructor(
    private readonly db: DataSource,
    private readonly questionnaires: QuestionnairesService,
    private readonly answers: AnswersRepository,
    private readonly mailer: CampaignMailerService,
    private readonly links: ResponseLinksService,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationsService,
    private readonly responses: ResponsesRepository,
    private readonly launcher: CampaignLaunchService,
  ) {}

  /** Records a change of campaign `id` by `actor` (none: not audited, e.g. scheduled work). */
  private async log(m: EntityManager, c: Pick<CampaignEntity, 'organizationId' | 'id'>, actor: AuditActor | undefined, action: string, before?: unknown, after?: unknown) {
    if (actor) await this.audit.record(m, { organizationId: c.organizationId, actor, action, entityType: 'campaign', entityId: c.id, before, after });
  }

  async create(me: AuthUser, input: CreateInput): Promise<Campaign> {
    await this.questionnaires.publishedVersion(me.organizationId, input.questionnaireVersionId);
    const org = await this.organizations.get(me.organizationId);
    const id = await this.db.transaction(async (m) => {
      const supplierIds = await this.chooseSuppliers(m, me.organizationId, input);
      const campaign = await m.save(
        m.create(CampaignEntity, {
          organizationId: me.organizationId,
          name: input.name,
          questionnaireVersionId: input.questionnaireVersionId,
          status: 'draft',
          dueDate: input.dueDate,
          thresholds: input.thresholds ?? org.thresholds ?? { ...DEFAULT_THRESHOLDS },
          depthRule: input.depthRule,
          reminderDaysBefore: [...new Set(input.reminderDaysBefore)].sort((a, b) => b - a),
          remindOverdue: input.remindOverdue,
          createdBy: me.id,
        }),
      );
      const added = await this.addResponses(m, campaign, supplierIds, input.extendedSupplierIds);
      await this.log(m, campaign, userActor(me), 'campaign.create', undefined, { ...auditView(campaign), supplierCount: added.length });
      return campaign.id;
    });
    return this.get(me.organizationId, id);
  }

  async update(organizationId: string, id: string, patch: UpdateInput, actor?: AuditActor): Promise<Campaign> {
    const campaign = await this.find(organizationId, id);
    if (campaign.status === 'closed') throw new DomainError('CAMPAIGN_CLOSED', 'a closed campaign cannot be changed');
    await this.db.transaction(async (m) => {
      await m.update(CampaignEntity, { id }, patch);
      const diff = changes(auditView(campaign), auditView(await m.findOneByOrFail(CampaignEntity, { id })));
      if (diff) await this.log(m, campaign, actor, 'campaign.update', diff.before, diff.after);
    });
    return this.get(organizationId, id);
  }

  async addSuppliers(organizationId: string, id: string, supplierIds: string[], extendedIds: string[], actor?: AuditActor): Promise<{ queued: number }> {
    const campaign = await this.find(organizationId, id);
    if (campaign.status === 'closed') throw new DomainError('CAMPAIGN_CLOSED', 'a closed campaign cannot take suppliers');
    return this.db.transaction(async (m) => {
      const ids = await this.chooseSuppliers(m, organizationId, { supplierIds, supplierFilter: undefined });
      const added = await this.addResponses(m, campaign, ids, extendedIds);
      let queued = 0;
      if (campaign.status === 'active' && added.length > 0) {
        const { questionnaireId } = await this.questionnaires.publishedDefinition(campaign.questionnaireVersionId);
        await this.answers.linkPrevious(m, campaign.id, questionnaireId, added);
        queued = await this.mailer.queue(m, campaign, { kind: 'invitation' }, added);
      }
      if (added.length) await this.log(m, campaign, actor, 'campaign.add_suppliers', undefined, { added: added.length, responseIds: added.slice(0, 1000), queued });
      return { queued };
    });
  }

  /**
   * Opens the campaign and queues one invitation per supplier contact: the first batch at
   * once (`queued` counts those), the rest in the background (`launch` on the campaign shows
   * the progress). Mails are sent in the background either way.
   */
  async launch(organizationId: string, id: string, actor?: AuditActor): Promise<{ queued: number }> {
    return this.db.transaction(async (m) => {
      const campaign = await m.findOne(CampaignEntity, { where: { organizationId, id }, lock: { mode: 'pessimistic_write' } });
      if (!campaign) throw notFound('campaign');
      if (campaign.status !== 'draft') throw new DomainError('CAMPAIGN_NOT_DRAFT', 'the campaign has already been launched');
      await m.update(CampaignEntity, { id }, { status: 'active', launchedAt: new Date() });
      const queued = await this.launcher.start(m, { ...campaign, status: 'active' });
      await this.log(m, campaign, actor, 'campaign.launch', { status: 'draft' }, { status: 'active', queued });
      return { queued };
    });
  }

  async close(organizationId: string, id: string, actor?: AuditActor): Promise<Campaign> {
    await this.db.transaction(async (m) => {
      const res = await m.update(CampaignEntity, { organizationId, id, status: 'active' }, { status: 'closed', closedAt: new Date() });
      if (!res.affected) {
        await this.find(organizationId, id);
        throw new DomainError('CAMPAIGN_NOT_ACTIVE', 'only an active campaign can be closed');
      }
      await this.log(m, { organizationId, id }, actor, 'campaign.close', { status: 'active' }, { status: 'closed' });
    });
    return this.get(organizationId, id);
  }

  /** Reminders on demand to the unsubmitted responses (all, or those listed). */
  async remind(organizationId: string, id: string, responseIds?: string[], actor?: AuditActor): Promise<{ queued: number }> {
    const campaign = await this.find(organizationId, id);
    if (campaign.status !== 'active') throw new DomainError('CAMPAIGN_NOT_ACTIVE', 'reminders go out for active campaigns only');
    const daysLeft = Math.round((Date.parse(campaign.dueDate) - Date.parse(new Date().toISOString().slice(0, 10))) / 86_400_000);
    const key = `manual-${Date.now()}`;
    return this.db.transaction(async (m) => {
      const queued = await this.mailer.queue(m, campaign, { kind: 'reminder', key, overdue: daysLeft < 0, daysLeft }, responseIds);
      await this.log(m, campaign, actor, 'campaign.remind', undefined, { queued, responseIds: responseIds ?? null });
      return { queued };
    });
  }

  /** A lost or leaked link: the old ones stop working and the contacts get a new one. */
  async reissue(organizationId: string, id: string, responseId: string, actor?: AuditActor): Promise<{ queued: number }> {
    const campaign = await this.find(organizationId, id);
    if (campaign.status !== 'active') throw new DomainError('CAMPAIGN_NOT_ACTIVE', 'links are sent for active campaigns only');
    return this.db.transaction(async (m) => {
      const [owned] = await m.query(`SELECT id FROM ${RESPONSES} responses WHERE id = $1 AND campaign_id = $2`, [responseId, id]);
      if (!owned) throw notFound('response');
      const revoked = await this.links.revokeAll(responseId, m);
      const queued = await this.mailer.queue(m, campaign, { kind: 'invitation', key: `reissue-${Date.now()}` }, [responseId]);
      await this.log(m, campaign, actor, 'campaign.reissue', undefined, { responseId, revoked, queued });
      return { queued };
    });
  }

  async preview(organizationId: string, id: string, lang: Language) {
    const campaign = await this.find(organizationId, id);
    const org = await this.organizations.get(organizationId);
    return this.mailer.preview(campaign, org.name, lang);
  }

  async list(organizationId: string): Promise<Campaign[]> {
    const rows = await this.db.getRepository(CampaignEntity).find({ where: { organizationId }, order: { createdAt: 'DESC' } });
    return Promise.all(rows.map((c) => this.present(c)));
  }

  async get(organizationId: string, id: string): Promise<Campaign> {
    return this.present(await this.find(organizationId, id));
  }

  async find(organizationId: string, id: string): Promise<CampaignEntity> {
    const campaign = await this.db.getRepository(CampaignEntity).findOneBy({ organizationId, id });
    if (!campaign) throw notFound('campaign');
    return campaign;
  }

  private async present(c: CampaignEntity): Promise<Campaign> {
    const [version, counts, launch] = await Promise.all([
      this.db.query(
        `SELECT v.version, q.title FROM ${QUESTIONNAIRE_VERSIONS} v JOIN ${QUESTIONNAIRES} q ON q.id = v.questionnaire_id WHERE v.id = $1`,
        [c.questionnaireVersionId],
      ),
      this.db.query(
        `SELECT ${PUBLIC_STATUS_SQL} AS status, count(*)::int AS n FROM ${RESPONSES} r JOIN campaigns c ON c.id = r.campaign_id
         WHERE r.campaign_id = $1 GROUP BY 1`,
        [c.id],
      ) as Promise<{ status: ResponseStatus; n: number }[]>,
      this.launcher.progress(c.id),
    ]);
    const byStatus = Object.fromEntries(RESPONSE_STATUSES.map((s) => [s, 0])) as Record<ResponseStatus, number>;
    for (const r of counts) byStatus[r.status] = r.n;
    const total = counts.reduce((a, r) => a + r.n, 0);
    return {
      id: c.id,
      name: c.name,
      status: c.status,
      questionnaireVersionId: c.questionnaireVersionId,
      questionnaireTitle: version[0].title,
      questionnaireVersion: version[0].version,
      dueDate: c.dueDate,
      thresholds: c.thresholds,
      depthRule: c.depthRule,
      reminderDaysBefore: c.reminderDaysBefore,
      remindOverdue: c.remindOverdue,
      createdAt: c.createdAt.toISOString(),
      launchedAt: c.launchedAt?.toISOString() ?? null,
      closedAt: c.closedAt?.toISOString() ?? null,
      supplierCount: total,
      counts: byStatus,
      responseRate: total ? byStatus.submitted / total : 0,
      ...(launch ? { launch } : {}),
    };
  }

  /** Active suppliers of the organisation, by id and/or by filter; unknown ids are refused. */
  private async chooseSuppliers(m: EntityManager, organizationId: string, input: Pick<CreateInput, 'supplierIds' | 'supplierFilter'>): Promise<string[]> {
    const ids = [...new Set(input.supplierIds)];
    const found: { id: string }[] = ids.length
      ? await m.query(`SELECT id FROM ${SUPPLIERS} suppliers WHERE organization_id = $1 AND archived_at IS NULL AND id = ANY($2)`, [organizationId, ids])
      : [];
    if (found.length !== ids.length) {
      const ok = new Set(found.map((r) => r.id));
      const bad = ids.filter((i) => !ok.has(i));
      throw new DomainError('VALIDATION_FAILED', `supplierIds: unknown or archived supplier(s): ${bad.slice(0, 5).join(', ')}${bad.length > 5 ? ' …' : ''}`);
    }
    const chosen = new Set(ids);
    const f = input.supplierFilter;
    if (f) {
      const rows: { id: string }[] = await m.query(
        `SELECT id FROM ${SUPPLIERS} suppliers WHERE organization_id = $1 AND archived_at IS NULL
           AND ($2::text IS NULL OR product_type = $2) AND ($3::text IS NULL OR country = upper($3))
           AND ($4::int IS NULL OR tier = $4) AND ($5::text IS NULL OR risk_level = $5) AND ($6::text IS NULL OR $6 = ANY(tags))`,
        [organizationId, f.productType ?? null, f.country ?? null, f.tier ?? null, f.riskLevel ?? null, f.tag ?? null],
      );
      for (const r of rows) chosen.add(r.id);
    }
    if (chosen.size === 0) throw new DomainError('VALIDATION_FAILED', 'supplierIds: no supplier matches');
    return [...chosen];
  }

  /** One response per supplier; the depth rule decides who answers the extended depth. */
  private async addResponses(m: EntityManager, c: CampaignEntity, supplierIds: string[], extendedIds: string[]): Promise<string[]> {
    await this.checkExtended(m, c.organizationId, extendedIds);
    return this.responses.addToCampaign(m, c, supplierIds, extendedIds);
  }

  /** Every id of `extendedSupplierIds` names a supplier of the organisation; others are refused by id. */
  private async checkExtended(m: EntityManager, organizationId: string, extendedIds: string[]): Promise<void> {
    const ids = [...new Set(extendedIds)];
    if (ids.length === 0) return;
    const found: { id: string }[] = await m.query(`SELECT id FROM ${SUPPLIERS} s WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [organizationId, ids]);
    if (found.length === ids.length) return;
    const ok = new Set(found.map((r) => r.id));
    const bad = ids.filter((i) => !ok.has(i));
    throw new DomainError('VALIDATION_FAILED', `extendedSupplierIds: unknown supplier(s): ${bad.slice(0, 5).join(', ')}${bad.length > 5 ? ' …' : ''}`, [
      { path: 'extendedSupplierIds', message: `unknown supplier(s): ${bad.slice(0, 5).join(', ')}` },
    ]);
  }
}

/** A campaign's settings as its audit events show them. */
function auditView(c: CampaignEntity) {
  const { name, questionnaireVersionId, status, dueDate, thresholds, depthRule, reminderDaysBefore, remindOverdue } = c;
  return { name, questionnaireVersionId, status, dueDate, thresholds, depthRule, reminderDaysBefore, remindOverdue };
}
