import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ResponseDetail } from '@ses/api-types';
import { DomainError, notFound } from '../../common/errors';
import { AuditService } from '../audit/audit.service';
import { userActor } from '../audit/audit.util';
import { AnswersRepository } from './answers.repository';
import { AttachmentsService } from './attachments.service';
import { clearGradeResult, readGradeResult } from './grade-results';
import { recordResponseEvent } from './response-events';
import { ResponseLinksService } from './response-links.service';
import { ResponseEntity } from './response.entity';
import { publicStatus } from './response-status';
import { modify } from '../../common/sql';
import { CAMPAIGNS } from '../campaigns/campaigns.sql';
import { SUPPLIERS } from '../suppliers/suppliers.sql';
import { userName } from '../users/users.sql';

/** A response as the buyer sees it, and what the buyer may do to it. */
@Injectable()
export class ResponsesService {
  constructor(
    private readonly db: DataSource,
    private readonly answers: AnswersRepository,
    private readonly attachments: AttachmentsService,
    private readonly links: ResponseLinksService,
    private readonly audit: AuditService,
  ) {}

  async find(organizationId: string, id: string): Promise<ResponseEntity> {
    const response = await this.db.getRepository(ResponseEntity).findOneBy({ organizationId, id });
    if (!response) throw notFound('response');
    return response;
  }

  async detail(organizationId: string, id: string): Promise<ResponseDetail> {
    const r = await this.find(organizationId, id);
    const [meta] = await this.db.query(
      `SELECT c.due_date, c.questionnaire_version_id, s.name AS supplier_name FROM ${CAMPAIGNS} c JOIN ${SUPPLIERS} s ON s.id = $2 WHERE c.id = $1`,
      [r.campaignId, r.supplierId],
    );
    return {
      id: r.id,
      campaignId: r.campaignId,
      supplierId: r.supplierId,
      supplierName: meta.supplier_name,
      status: publicStatus(r.status, toDate(meta.due_date)),
      depth: r.depth,
      version: r.version,
      questionnaireVersionId: meta.questionnaire_version_id,
      answers: await this.answers.load(r.id),
      attachments: await this.attachments.list(r.id),
      declaration: r.declaration,
      submittedAt: r.submittedAt?.toISOString() ?? null,
      result: await readGradeResult(this.db, r.id),
      previousResponseId: r.previousResponseId,
    };
  }

  /** Lets the supplier change a submitted response again; its grade is withdrawn until resubmission. */
  async reopen(me: { organizationId: string; id: string }, id: string): Promise<ResponseDetail> {
    const { organizationId } = me;
    const before = await this.find(organizationId, id);
    await this.db.transaction(async (m) => {
      const { count: reopened } = await modify(
        m,
        `UPDATE responses SET status = 'in_progress', submitted_at = NULL, rules_version = NULL,
           overall_grade = NULL, overall_rate = NULL, theme_grades = NULL, version = version + 1, updated_at = now()
         WHERE id = $1 AND organization_id = $2 AND status = 'submitted'`,
        [id, organizationId],
      );
      if (reopened === 0) throw new DomainError('NOT_SUBMITTED', 'only a submitted response can be reopened');
      await clearGradeResult(m, id);
      // Its overrides were about the withdrawn grades.
      const { count: withdrawn } = await modify(m, `UPDATE response_overrides SET withdrawn_at = now() WHERE response_id = $1 AND withdrawn_at IS NULL`, [id]);
      const name = await userName(m, me.id);
      await recordResponseEvent(m, { organizationId, responseId: id, kind: 'reopened', actor: name });
      await this.audit.record(m, {
        organizationId,
        actor: { type: 'user', id: me.id, label: name },
        action: 'response.reopen',
        entityType: 'response',
        entityId: id,
        before: { status: 'submitted', submittedAt: before.submittedAt, overallGrade: before.overallGrade },
        after: { status: 'in_progress', submittedAt: null, overallGrade: null, overridesWithdrawn: withdrawn },
      });
    });
    return this.detail(organizationId, id);
  }

  async revokeLinks(me: { organizationId: string; id: string }, id: string): Promise<{ revoked: number }> {
    const { organizationId } = me;
    await this.find(organizationId, id);
    return this.db.transaction(async (m) => {
      const revoked = await this.links.revokeAll(id, m);
      await this.audit.record(m, { organizationId, actor: userActor(me), action: 'response.revoke_links', entityType: 'response', entityId: id, after: { revoked } });
      return { revoked };
    });
  }
}

/** node-postgres returns `date` columns as Date at local midnight; keep them as YYYY-MM-DD. */
export function toDate(v: Date | string): string {
  if (typeof v === 'string') return v.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${v.getFullYear()}-${pad(v.getMonth() + 1)}-${pad(v.getDate())}`;
}
