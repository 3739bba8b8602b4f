import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ResponseRow } from '@ses/api-types';
import { type GradeResult, benchmarks } from '@ses/scoring';
import { PUBLIC_STATUS_SQL } from '../responses/response-status';
import { CampaignsService } from './campaigns.service';

interface Row {
  response_id: string;
  supplier_id: string;
  supplier_name: string;
  supplier_code: string | null;
  product_type: string;
  country: string | null;
  tier: number;
  depth: 'core' | 'extended';
  status: ResponseRow['status'];
  submitted_at: Date | null;
  overall_rate: number | null;
  overall_grade: ResponseRow['overallGrade'];
  themes: ResponseRow['themes'] | null;
}

/** The per-supplier results of a campaign and its benchmarks (DESIGN §4.9, §6). */
@Injectable()
export class CampaignResultsService {
  constructor(
    private readonly db: DataSource,
    private readonly campaigns: CampaignsService,
  ) {}

  async rows(organizationId: string, campaignId: string): Promise<ResponseRow[]> {
    await this.campaigns.find(organizationId, campaignId);
    // Theme grades come from the small `theme_grades` column written at grading time, not
    // from the stored explanation: this page has a budget (10,000 suppliers in 300 ms).
    const rows: Row[] = await this.db.query(
      `SELECT r.id AS response_id, s.id AS supplier_id, s.name AS supplier_name, s.code AS supplier_code,
              s.product_type, s.country, s.tier, r.depth, ${PUBLIC_STATUS_SQL} AS status, r.submitted_at,
              r.overall_rate, r.overall_grade, r.theme_grades AS themes
       FROM responses r JOIN campaigns c ON c.id = r.campaign_id JOIN suppliers s ON s.id = r.supplier_id
       WHERE r.campaign_id = $1 AND r.organization_id = $2
       ORDER BY s.name, s.id`,
      [campaignId, organizationId],
    );
    return rows.map((r) => ({
      responseId: r.response_id,
      supplierId: r.supplier_id,
      supplierName: r.supplier_name,
      supplierCode: r.supplier_code,
      productType: r.product_type,
      country: r.country,
      tier: r.tier,
      depth: r.depth,
      status: r.status,
      submittedAt: r.submitted_at?.toISOString() ?? null,
      overallRate: r.overall_rate,
      overallGrade: r.overall_grade,
      themes: r.themes ?? {},
    }));
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
