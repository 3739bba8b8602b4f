import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type MatrixRow, matrixQuerySchema } from '@ses/api-types';
import type { Grade } from '@ses/scoring';
import type { z } from 'zod';
import { CampaignsService } from '../campaigns/campaigns.service';
import { QuestionnairesService } from '../questionnaires/questionnaires.service';
import { RESPONSE_ROW_COLUMNS, type ResponseRowRecord, toResponseRow } from '../responses/response-row';

type Query = z.output<typeof matrixQuerySchema>;

const SORTS: Record<string, string> = {
  supplier: 'supplier_name',
  status: 'status',
  overall: 'overall_rate',
  submittedAt: 'submitted_at',
  productType: 'product_type',
  tier: 'tier',
};

export interface MatrixRecord extends ResponseRowRecord {
  feedback_released_at: Date | null;
  ov: Record<string, Grade> | null;
  total?: string;
}

/**
 * The supplier × theme matrix: filtered, sorted and paged in SQL so that it stays fast with
 * tens of thousands of suppliers. Grades overridden by a buyer are shown as effective
 * grades beside the computed ones.
 */
@Injectable()
export class MatrixService {
  constructor(
    private readonly db: DataSource,
    private readonly campaigns: CampaignsService,
    private readonly questionnaires: QuestionnairesService,
  ) {}

  async themes(campaignVersionId: string) {
    const { definition } = await this.questionnaires.publishedDefinition(campaignVersionId);
    return definition.themes.map((t) => ({ key: t.key, title: t.title }));
  }

  async page(organizationId: string, campaignId: string, q: Query) {
    const campaign = await this.campaigns.find(organizationId, campaignId);
    const { rows, total } = await this.query(organizationId, campaignId, q, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
    return { items: rows, total, page: q.page, pageSize: q.pageSize, themes: await this.themes(campaign.questionnaireVersionId) };
  }

  /** The export's statement: every matching row in the page's order, read through a cursor. */
  async exportSql(organizationId: string, campaignId: string, q: Query): Promise<{ sql: string; params: unknown[] }> {
    await this.campaigns.find(organizationId, campaignId);
    return this.sql(organizationId, campaignId, q, { limit: null, offset: 0 });
  }

  private async query(organizationId: string, campaignId: string, q: Query, page: { limit: number | null; offset: number }) {
    const { sql, params } = this.sql(organizationId, campaignId, q, page);
    const rows: MatrixRecord[] = await this.db.query(sql, params);
    return { rows: rows.map(toMatrixRow), total: rows.length ? Number(rows[0].total) : 0 };
  }

  /** Without a page, no window count: it would hold every row before the first one leaves. */
  private sql(organizationId: string, campaignId: string, q: Query, page: { limit: number | null; offset: number }) {
    const params: unknown[] = [campaignId, organizationId];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where: string[] = [];
    if (q.q) where.push(`(s.name ILIKE ${p(`%${q.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`)} OR s.code ILIKE $${params.length})`);
    if (q.productType) where.push(`s.product_type = ${p(q.productType)}`);
    if (q.country) where.push(`s.country = ${p(q.country)}`);
    if (q.tier) where.push(`s.tier = ${p(q.tier)}`);
    const outer: string[] = [];
    if (q.status) outer.push(`status = ${p(q.status)}`);
    if (q.grade) {
      outer.push(q.theme ? `coalesce(ov->>${p(q.theme)}, themes->$${params.length}->>'grade') = ${p(q.grade)}` : `coalesce(ov->>'', overall_grade) = ${p(q.grade)}`);
    }
    const dir = q.order === 'desc' ? 'DESC' : 'ASC';
    const sort = q.sort.startsWith('theme:') ? `(themes->${p(q.sort.slice(6))}->>'rate')::float8` : SORTS[q.sort];
    const sql = `
      WITH base AS (
        SELECT ${RESPONSE_ROW_COLUMNS}, r.feedback_released_at,
               (SELECT jsonb_object_agg(coalesce(o.theme, ''), o.grade) FROM response_overrides o
                  WHERE o.response_id = r.id AND o.withdrawn_at IS NULL) AS ov
        FROM responses r JOIN campaigns c ON c.id = r.campaign_id JOIN suppliers s ON s.id = r.supplier_id
        WHERE r.campaign_id = $1 AND r.organization_id = $2 ${where.map((w) => `AND ${w}`).join(' ')}
      )
      SELECT *${page.limit === null ? '' : ', count(*) OVER () AS total'} FROM base
      ${outer.length ? `WHERE ${outer.join(' AND ')}` : ''}
      ORDER BY ${sort} ${dir} NULLS LAST, supplier_name, response_id
      ${page.limit === null ? '' : `LIMIT ${p(page.limit)} OFFSET ${p(page.offset)}`}`;
    return { sql, params };
  }
}

export function toMatrixRow(r: MatrixRecord): MatrixRow {
  const row = toResponseRow(r);
  const ov = r.ov ?? {};
  const effectiveThemes: Record<string, Grade> = {};
  for (const [key, t] of Object.entries(row.themes)) effectiveThemes[key] = ov[key] ?? t.grade;
  return {
    ...row,
    effectiveOverallGrade: ov[''] ?? r.overall_grade,
    effectiveThemes,
    overridden: Object.keys(ov).map((k) => k || 'overall'),
    feedbackReleasedAt: r.feedback_released_at?.toISOString() ?? null,
  };
}
