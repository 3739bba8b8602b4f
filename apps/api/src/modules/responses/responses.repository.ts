import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Declaration } from '@ses/api-types';
import { type GradeResult, RULES_VERSION } from '@ses/scoring';
import { modify } from '../../common/sql';
import { ResponseEntity } from './response.entity';
import { SUPPLIERS } from '../suppliers/suppliers.sql';
import { writeGradeResult } from './grade-results';
import { themeGradesOf } from './theme-grades';

/** The writes other modules make to responses: created at launch and submitted in the portal. */
@Injectable()
export class ResponsesRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * One response per supplier of the campaign (none twice); `extended` for the suppliers
   * listed and those the depth rule picks, `core` for the others. Returns the new ids.
   */
  async addToCampaign(
    m: EntityManager,
    campaign: { id: string; organizationId: string; depthRule: { highRisk: boolean; tier1Priority: boolean } },
    supplierIds: string[],
    extendedIds: string[],
  ): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO responses (organization_id, campaign_id, supplier_id, depth)
       SELECT s.organization_id, $1, s.id,
         CASE WHEN s.id = ANY($3::uuid[])
                OR ($4 AND s.risk_level = 'high')
                OR ($5 AND s.tier = 1 AND 'priority' = ANY(s.tags))
              THEN 'extended' ELSE 'core' END
       FROM ${SUPPLIERS} s WHERE s.organization_id = $6 AND s.id = ANY($2::uuid[])
       ON CONFLICT (campaign_id, supplier_id) DO NOTHING RETURNING id`,
      [campaign.id, supplierIds, extendedIds, campaign.depthRule.highRisk, campaign.depthRule.tier1Priority, campaign.organizationId],
    );
    return rows.map((r) => r.id);
  }

  get(id: string): Promise<ResponseEntity> {
    return this.db.getRepository(ResponseEntity).findOneByOrFail({ id });
  }

  /**
   * Stores the submission with its grade (the full result in `response_results`), in the caller's transaction; false when the response
   * was already submitted (nothing changed). Carried-over answers count as confirmed from then on.
   */
  async submit(m: EntityManager, id: string, declaration: Declaration, result: GradeResult): Promise<boolean> {
    const { count } = await modify(
      m,
      `UPDATE responses SET status = 'submitted', submitted_at = now(), declaration = $2, rules_version = $3,
         overall_grade = $4, overall_rate = $5, theme_grades = $6, version = version + 1, updated_at = now()
       WHERE id = $1 AND status <> 'submitted'`,
      [id, { ...declaration, signedAt: new Date().toISOString() }, RULES_VERSION, result.overall.grade, result.overall.rate, themeGradesOf(result)],
    );
    if (count === 0) return false;
    await writeGradeResult(m, id, result);
    await m.query(`UPDATE response_answers SET needs_confirmation = false WHERE response_id = $1`, [id]);
    return true;
  }
}
