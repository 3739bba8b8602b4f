import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  GrievanceDetail,
  GrievanceList,
  GrievanceSummary,
  UpdateGrievanceRequest,
  grievanceListQuerySchema,
} from '@ses/api-types';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth';
import { DomainError, notFound } from '../../common/errors';
import { AuditService } from '../audit/audit.service';
import { GrievanceMessageEntity } from './grievance-message.entity';
import { GrievanceEntity } from './grievance.entity';
import { SUPPLIERS } from '../suppliers/suppliers.sql';
import { userName } from '../users/users.sql';

type ListQuery = z.output<typeof grievanceListQuerySchema>;

interface SummaryRow {
  id: string;
  category: GrievanceSummary['category'];
  status: GrievanceSummary['status'];
  supplier_name: string | null;
  supplier_id: string | null;
  linked_supplier_name: string | null;
  language: string | null;
  message_count: number;
  created_at: Date;
  updated_at: Date;
}

const SUMMARY = `g.id, g.category, g.status, g.supplier_name, g.supplier_id, s.name AS linked_supplier_name, g.language,
  (SELECT count(*)::int FROM grievance_messages gm WHERE gm.grievance_id = g.id) AS message_count, g.created_at, g.updated_at
  FROM grievances g LEFT JOIN ${SUPPLIERS} s ON s.id = g.supplier_id`;

/** The buyers' side of grievances: the board, triage, links to suppliers, outcomes, replies. */
@Injectable()
export class GrievancesService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(organizationId: string, q: ListQuery): Promise<GrievanceList> {
    const where = ['g.organization_id = $1'];
    const params: unknown[] = [organizationId];
    for (const [column, value] of [['g.status', q.status], ['g.category', q.category], ['g.supplier_id', q.supplierId]] as const) {
      if (value === undefined) continue;
      params.push(value);
      where.push(`${column} = $${params.length}`);
    }
    const cond = where.join(' AND ');
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM grievances g WHERE ${cond}`, params);
    const rows: SummaryRow[] = await this.db.query(
      `SELECT ${SUMMARY} WHERE ${cond} ORDER BY g.created_at DESC, g.id LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
      params,
    );
    return { items: rows.map(toSummary), total, page: q.page, pageSize: q.pageSize };
  }

  async get(organizationId: string, id: string, m: EntityManager = this.db.manager): Promise<GrievanceDetail> {
    const [row]: (SummaryRow & { description: string; reporter_contact: string | null; outcome: string | null })[] = await m.query(
      `SELECT g.description, g.reporter_contact, g.outcome, ${SUMMARY} WHERE g.organization_id = $1 AND g.id = $2`,
      [organizationId, id],
    );
    if (!row) throw notFound('report');
    const messages = await m.find(GrievanceMessageEntity, { where: { grievanceId: id }, order: { createdAt: 'ASC', id: 'ASC' } });
    return {
      ...toSummary(row),
      description: row.description,
      reporterContact: row.reporter_contact,
      outcome: row.outcome,
      messages: messages.map((x) => ({
        id: x.id,
        author: x.author,
        authorName: x.authorName,
        body: x.body,
        createdAt: x.createdAt.toISOString(),
      })),
    };
  }

  async update(me: AuthUser, id: string, patch: UpdateGrievanceRequest): Promise<GrievanceDetail> {
    return this.db.transaction(async (m) => {
      const g = await this.lock(m, me.organizationId, id);
      if (patch.supplierId) {
        const ok = await m.query(`SELECT 1 FROM ${SUPPLIERS} suppliers WHERE id = $1 AND organization_id = $2`, [patch.supplierId, me.organizationId]);
        if (ok.length === 0) throw new DomainError('VALIDATION_FAILED', 'supplierId: unknown supplier');
      }
      const next = { status: patch.status ?? g.status, supplierId: patch.supplierId === undefined ? g.supplierId : patch.supplierId, outcome: patch.outcome === undefined ? g.outcome : patch.outcome };
      if (next.status === 'resolved' && !next.outcome) {
        throw new DomainError('VALIDATION_FAILED', 'outcome: a resolved report needs its outcome');
      }
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const k of ['status', 'supplierId', 'outcome'] as const) {
        if (next[k] !== g[k]) [before[k], after[k]] = [g[k], next[k]];
      }
      if (Object.keys(after).length > 0) {
        await m.update(GrievanceEntity, { id }, { ...next, updatedAt: () => 'now()' });
        await this.audit.record(m, {
          organizationId: me.organizationId,
          actor: { type: 'user', id: me.id },
          action: 'grievance.update',
          entityType: 'grievance',
          entityId: id,
          before,
          after,
        });
      }
      return this.get(me.organizationId, id, m);
    });
  }

  /** A reply the reporter reads under "the organisation"; colleagues see who wrote it. */
  async addMessage(me: AuthUser, id: string, body: string): Promise<GrievanceDetail> {
    return this.db.transaction(async (m) => {
      const g = await this.lock(m, me.organizationId, id);
      if (g.status === 'closed') throw new DomainError('GRIEVANCE_CLOSED', 'this report is closed; reopen it to reply');
      const name = await userName(m, me.id);
      const msg = await m.save(m.create(GrievanceMessageEntity, { grievanceId: id, author: 'buyer', authorName: name, body }));
      await m.update(GrievanceEntity, { id }, { updatedAt: () => 'now()' });
      await this.audit.record(m, {
        organizationId: me.organizationId,
        actor: { type: 'user', id: me.id, label: name },
        action: 'grievance.message',
        entityType: 'grievance',
        entityId: id,
        after: { messageId: msg.id, author: 'buyer' },
      });
      return this.get(me.organizationId, id, m);
    });
  }

  private async lock(m: EntityManager, organizationId: string, id: string): Promise<GrievanceEntity> {
    const g = await m.findOne(GrievanceEntity, { where: { organizationId, id }, lock: { mode: 'pessimistic_write' } });
    if (!g) throw notFound('report');
    return g;
  }
}

function toSummary(r: SummaryRow): GrievanceSummary {
  return {
    id: r.id,
    category: r.category,
    status: r.status,
    supplierName: r.supplier_name,
    supplierId: r.supplier_id,
    linkedSupplierName: r.linked_supplier_name,
    language: r.language,
    messageCount: r.message_count,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}
