import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type GradeResult, benchmarks } from '@ses/scoring';
import { RESPONSE_ROW_JSON_COLUMNS } from '../responses/response-row';
import { CampaignsService } from './campaigns.service';

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
    const [{ body }]: { body: string }[] = await this.db.query(
      `SELECT coalesce(json_agg(x ORDER BY x."supplierName", x."supplierId"), '[]')::text AS body
       FROM (SELECT ${RESPONSE_ROW_JSON_COLUMNS}
             FROM responses r JOIN campaigns c ON c.id = r.campaign_id JOIN suppliers s ON s.id = r.supplier_id
             WHERE r.campaign_id = $1 AND r.organization_id = $2) x`,
      [campaignId, organizationId],
    );
    return body;
  }

  /** Average rate per theme over submitted responses, overall and per product type. */
  async benchmarks(organizationId: string, campaignId: string) {
    await this.campaigns.find(organizationId, campaignId);
    const rows: { product_type: string; result: GradeResult }[] = await this.db.query(
      `SELECT s.product_type, r.result FROM responses r JOIN suppliers s ON s.id = r.supplier_id
       WHERE r.campaign_id = $1 AND r.organization_id = $2 AND r.status = 'submitted' AND r.result IS NOT NULL`,
      [campaignId, organizationId],
    );
    return benchmarks(rows.map((r) => ({ productType: r.product_type, result: r.result })));
  }
}
