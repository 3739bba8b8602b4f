import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { campaignBenchmarks } from '../responses/effective-grades';
import { RESPONSE_ROW_JSON_COLUMNS, RESPONSE_ROW_JSON_JOIN } from '../responses/response-row';
import { CampaignsService } from './campaigns.service';
import { RESPONSES } from '../responses/responses.sql';
import { SUPPLIERS } from '../suppliers/suppliers.sql';

/** The per-supplier results of a campaign and its benchmarks (DESIGN §4.9, §6). */
@Injectable()
export class CampaignResultsService {
  constructor(
    private readonly db: DataSource,
    private readonly campaigns: CampaignsService,
  ) {}

  /**
   * The rows as a JSON array (ResponseRow[]), built by PostgreSQL and sent as it comes.
   * Theme grades come from the small `theme_grades` column written at grading time, not
   * from the stored explanation: this page has a budget (10,000 suppliers in 300 ms).
   */
  async rowsJson(organizationId: string, campaignId: string): Promise<string> {
    await this.campaigns.find(organizationId, campaignId);
    // The computed grade beside an overridden overall grade is added only where there is
    // one (rare), so the other rows stay the plain row_to_json.
    const [{ body }]: { body: string }[] = await this.db.query(
      `SELECT coalesce(json_agg(CASE WHEN q.computed IS NULL THEN row_to_json(q.x)
                                     ELSE (to_jsonb(q.x) || jsonb_build_object('computedOverallGrade', q.computed))::json END
                                ORDER BY q.name, q.supplier_id), '[]')::text AS body
       FROM (SELECT (SELECT x FROM (SELECT ${RESPONSE_ROW_JSON_COLUMNS}) x) AS x, CASE WHEN eg.overall_overridden THEN eg.computed_overall_grade END AS computed, s.name, s.id AS supplier_id
             FROM ${RESPONSES} r JOIN campaigns c ON c.id = r.campaign_id JOIN ${SUPPLIERS} s ON s.id = r.supplier_id ${RESPONSE_ROW_JSON_JOIN}
             WHERE r.campaign_id = $1 AND r.organization_id = $2) q`,
      [campaignId, organizationId],
    );
    return body;
  }

  /** Average rate per theme over submitted responses, overall and per product type, averaged by PostgreSQL. */
  async benchmarks(organizationId: string, campaignId: string) {
    await this.campaigns.find(organizationId, campaignId);
    return campaignBenchmarks(this.db, organizationId, campaignId);
  }
}
