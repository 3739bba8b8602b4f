import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type MatrixRow, matrixQuerySchema } from '@ses/api-types';
import type { Grade } from '@ses/scoring';
import type { z } from 'zod';
import { CampaignsService } from '../campaigns/campaigns.service';
import { QuestionnairesService } from '../questionnaires/questionnaires.service';
import { effectiveGradeIs, joinEffectiveGrades } from '../responses/effective-grades';
import { RESPONSE_ROW_COLUMNS, type ResponseRowRecord, toResponseRow } from '../responses/response-row';
import { PUBLIC_STATUS_SQL } from '../responses/response-status';
import { CAMPAIGNS } from '../campaigns/campaigns.sql';
import { RESPONSES } from '../responses/responses.sql';
import { SUPPLIERS } from '../suppliers/suppliers.sql';

type Query = z.output<typeof matrixQuerySchema>;

const SORTS: Record<string, string> = {
  supplier: 's.name',
  status: PUBLIC_STATUS_SQL,
  overall: 'r.overall_rate',
  submittedAt: 'r.submitted_at',
  productType: 's.product_type',
  tier: 's.tier',
};

export interface MatrixRecord extends ResponseRowRecord {
  feedback_released_at: Date | null;
  /** The grades that count (from the view). */
  eff_overall: Grade | null;
  eff_themes: Record<string, { grade: Grade }> | null;
  ov: string[];
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
    return this.sql(q, campaignId, organizationId, { limit: null, offset: 0 });
  }

  private async query(organizationId: string, campaignId: string, q: Query, page: { limit: number; offset: number }) {
    const { sql, params, countSql, countParams } = this.sql(q, campaignId, organizationId, page);
    const [rows, total] = await Promise.all([
      this.db.query(sql, params) as Promise<MatrixRecord[]>,
      this.db.query(countSql, countParams) as Promise<{ n: number }[]>,
    ]);
    return { rows: rows.map(toMatrixRow), total: total[0].n };
  }

  /**
   * Filters and sorts over narrow columns, then builds the full rows (grades that count
   * included) only for the page: the first page of 100,000 responses sorts their ids, it
   * does not build 100,000 rows. The total is a separate count over the same filters.
   */
  private sql(q: Query, campaignId: string, organizationId: string, page: { limit: number | null; offset: number }) {
    const params: unknown[] = [campaignId, organizationId];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where: string[] = [];
    if (q.q) where.push(`(s.name ILIKE ${p(`%${q.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`)} OR s.code ILIKE $${params.length})`);
    if (q.productType) where.push(`s.product_type = ${p(q.productType)}`);
    if (q.country) where.push(`s.country = ${p(q.country)}`);
    if (q.tier) where.push(`s.tier = ${p(q.tier)}`);
    if (q.status) where.push(`${PUBLIC_STATUS_SQL} = ${p(q.status)}`);
    if (q.grade) where.push(effectiveGradeIs('e', q.theme ? p(q.theme) : null, p(q.grade)));
    // The count reads only the filters' parameters (an unreferenced one has no type).
    const countParams = [...params];
    const dir = q.order === 'desc' ? 'DESC' : 'ASC';
    const sort = q.sort.startsWith('theme:') ? `(r.theme_grades->${p(q.sort.slice(6))}->>'rate')::float8` : SORTS[q.sort];
    const orderBy = `ORDER BY ${sort} ${dir} NULLS LAST, s.name, r.id`;
    // The view only where a filter needs the grades that count.
    const filtered = `FROM ${RESPONSES} r JOIN ${CAMPAIGNS} c ON c.id = r.campaign_id JOIN ${SUPPLIERS} s ON s.id = r.supplier_id ${q.grade ? joinEffectiveGrades('r', 'e') : ''}
      WHERE r.campaign_id = $1 AND r.organization_id = $2 ${where.map((w) => `AND ${w}`).join(' ')}`;
    const limit = page.limit === null ? '' : `LIMIT ${p(page.limit)} OFFSET ${p(page.offset)}`;
    const sql = `
      SELECT ${RESPONSE_ROW_COLUMNS}, r.feedback_released_at, e.overall_grade AS eff_overall, e.themes AS eff_themes, e.overridden AS ov
      FROM (SELECT r.id ${filtered} ${orderBy} ${limit}) pg
      JOIN ${RESPONSES} r ON r.id = pg.id JOIN ${CAMPAIGNS} c ON c.id = r.campaign_id JOIN ${SUPPLIERS} s ON s.id = r.supplier_id ${joinEffectiveGrades('r', 'e')}
      ${orderBy}`;
    return { sql, params, countSql: `SELECT count(*)::int AS n ${filtered}`, countParams };
  }
}

export function toMatrixRow(r: MatrixRecord): MatrixRow {
  const row = toResponseRow(r);
  const effectiveThemes: Record<string, Grade> = {};
  for (const [key, t] of Object.entries(r.eff_themes ?? {})) effectiveThemes[key] = t.grade;
  return {
    ...row,
    effectiveOverallGrade: r.eff_overall,
    effectiveThemes,
    overridden: r.ov,
    feedbackReleasedAt: r.feedback_released_at?.toISOString() ?? null,
  };
}
