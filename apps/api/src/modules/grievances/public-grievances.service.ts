import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { FileGrievanceRequest, FileGrievanceResponse, PublicGrievance, PublicOrganization } from '@ses/api-types';
import { DomainError, notFound } from '../../common/errors';
import { AuditService } from '../audit/audit.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { GrievanceMessageEntity } from './grievance-message.entity';
import { GrievanceEntity } from './grievance.entity';
import { GrievanceNotices } from './grievance-notices';
import { newTrackingCode, normalizeTrackingCode, trackingHash } from './tracking-code';
import { WebhookEventsService } from '../webhooks/webhook-events.service';

const REPORTER = { type: 'reporter' } as const;

/**
 * What a reporter can do, with no account: file a report, follow it with the tracking
 * code, and add messages. Nothing about the reporter is stored unless they typed it, and
 * staff names never reach them.
 */
@Injectable()
export class PublicGrievancesService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly notices: GrievanceNotices,
    private readonly organizations: OrganizationsService,
    private readonly webhooks: WebhookEventsService,
  ) {}

  async organization(slug: string): Promise<PublicOrganization> {
    const org = await this.organizations.findBySlug(slug);
    if (!org) throw notFound('organization');
    return { name: org.name };
  }

  async file(slug: string, input: FileGrievanceRequest): Promise<FileGrievanceResponse> {
    const org = await this.organizations.findBySlug(slug);
    if (!org) throw notFound('organization');
    const trackingCode = newTrackingCode();
    await this.db.transaction(async (m) => {
      const g = await m.save(
        m.create(GrievanceEntity, {
          organizationId: org.id,
          trackingHash: trackingHash(normalizeTrackingCode(trackingCode)!),
          category: input.category,
          description: input.description,
          supplierName: input.supplierName || null,
          reporterContact: input.contact || null,
          language: input.language ?? null,
          status: 'received',
          outcome: null,
        }),
      );
      // The log says that a report exists and what kind; its words stay in the report,
      // where they can be handled with care (the log can never be edited).
      await this.audit.record(m, {
        organizationId: org.id,
        actor: REPORTER,
        action: 'grievance.create',
        entityType: 'grievance',
        entityId: g.id,
        after: { category: g.category, status: g.status, language: g.language, supplierName: g.supplierName, contactGiven: g.reporterContact !== null },
      });
      await this.notices.notifyAdmins(m, { organizationId: org.id, grievanceId: g.id, category: g.category, event: { kind: 'received' } });
      await this.webhooks.emit(m, 'grievance.received', { organizationId: org.id, grievanceId: g.id, category: g.category, receivedAt: new Date().toISOString() });
    });
    return { trackingCode };
  }

  async follow(code: string): Promise<PublicGrievance> {
    const g = await this.find(code);
    const [org, messages] = await Promise.all([
      this.organizations.get(g.organizationId),
      this.db.getRepository(GrievanceMessageEntity).find({ where: { grievanceId: g.id }, order: { createdAt: 'ASC', id: 'ASC' } }),
    ]);
    const decided = g.status === 'resolved' || g.status === 'closed';
    return {
      organizationName: org.name,
      status: g.status,
      category: g.category,
      createdAt: g.createdAt.toISOString(),
      updatedAt: g.updatedAt.toISOString(),
      outcome: decided ? g.outcome : null,
      messages: messages.map((x) => ({
        author: x.author === 'reporter' ? 'reporter' : 'organization',
        body: x.body,
        createdAt: x.createdAt.toISOString(),
      })),
    };
  }

  async addMessage(code: string, body: string): Promise<void> {
    const found = await this.find(code);
    await this.db.transaction(async (m) => {
      // Locked so that a buyer closing the report at the same moment is seen.
      const g = await m.findOne(GrievanceEntity, { where: { id: found.id }, lock: { mode: 'pessimistic_write' } });
      if (!g) throw notFound('report');
      if (g.status === 'closed') throw new DomainError('GRIEVANCE_CLOSED', 'this report is closed');
      const msg = await m.save(m.create(GrievanceMessageEntity, { grievanceId: g.id, author: 'reporter', authorName: null, body }));
      await m.update(GrievanceEntity, { id: g.id }, { updatedAt: () => 'now()' });
      await this.audit.record(m, {
        organizationId: g.organizationId,
        actor: REPORTER,
        action: 'grievance.message',
        entityType: 'grievance',
        entityId: g.id,
        after: { messageId: msg.id, author: 'reporter' },
      });
      await this.notices.notifyAdmins(m, {
        organizationId: g.organizationId,
        grievanceId: g.id,
        category: g.category,
        event: { kind: 'message', messageId: msg.id },
      });
    });
  }

  /** A malformed code is as unknown as a wrong one: 404 either way. */
  private async find(code: string): Promise<GrievanceEntity> {
    const normalized = normalizeTrackingCode(code);
    const g = normalized
      ? await this.db
          .getRepository(GrievanceEntity)
          .createQueryBuilder('g')
          .where('g.tracking_hash = :hash', { hash: trackingHash(normalized) })
          .getOne()
      : null;
    if (!g) throw notFound('report');
    return g;
  }
}
