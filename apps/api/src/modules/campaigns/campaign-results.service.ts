import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ResponseRow } from '@ses/api-types';
import { type Grade, type GradeResult, benchmarks } from '@ses/scoring';
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
  /** How many themes the stored result has; r<i>, g<i>: rate (as text) and grade of theme i. */
  theme_count: number | null;
  [theme: `${'r' | 'g'}${number}`]: string | null;
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
    // The matrix shows each theme's rate and grade, which sit inside the stored result next
    // to the whole explanation (lost points). Reading them is most of the cost of this page
    // (DESIGN §7: 10,000 suppliers in under 300 ms), so: the result is decompressed once per
    // row (`x.th`), each theme's rate and grade come out as plain text columns, and the
    // objects are put together here. Building JSON per row in SQL (jsonb_each, jsonb_object_agg)
    // and parsing it again took twice as long.
    //
    // The themes are those of the campaign's stored results, in their stored (jsonb) order,
    // which is the order the matrix has always had. A row whose result has other themes than
    // these, or a theme without a grade (none should: one campaign, one questionnaire version,
    // results written by grade()), is read the general way.
    const keyRows: { keys: string[] }[] = await this.db.query(
      `SELECT ARRAY(SELECT jsonb_object_keys(r.result->'themes')) AS keys
       FROM responses r WHERE r.campaign_id = $1 AND r.organization_id = $2 AND r.result IS NOT NULL LIMIT 1`,
      [campaignId, organizationId],
    );
    const keys = keyRows[0]?.keys ?? [];
    const themeColumns = keys
      .map((_, i) => `, x.th #>> ARRAY[$${i + 3}::text, 'rate'] AS r${i}, x.th #>> ARRAY[$${i + 3}::text, 'grade'] AS g${i}`)
      .join('');
    const rows: Row[] = await this.db.query(
      `SELECT r.id AS response_id, s.id AS supplier_id, s.name AS supplier_name, s.code AS supplier_code,
              s.product_type, s.country, s.tier, r.depth, ${PUBLIC_STATUS_SQL} AS status, r.submitted_at,
              r.overall_rate, r.overall_grade,
              (SELECT count(*)::int FROM jsonb_object_keys(x.th)) AS theme_count${themeColumns}
       FROM responses r JOIN campaigns c ON c.id = r.campaign_id JOIN suppliers s ON s.id = r.supplier_id
       CROSS JOIN LATERAL (SELECT r.result->'themes' AS th OFFSET 0) x
       WHERE r.campaign_id = $1 AND r.organization_id = $2
       ORDER BY s.name, s.id`,
      [campaignId, organizationId, ...keys],
    );
    const out: ResponseRow[] = new Array(rows.length);
    const irregular: number[] = [];
    for (let n = 0; n < rows.length; n++) {
      const r = rows[n];
      const themes: ResponseRow['themes'] = {};
      let present = 0;
      for (let i = 0; i < keys.length; i++) {
        // Every stored theme has a grade: a theme without one is absent (or irregular, below).
        const grade = r[`g${i}`] as Grade | null;
        if (grade === null) continue;
        present++;
        const rate = r[`r${i}`] as string | null;
        // Rates are JSON numbers (or null): their text converts to the same number JSON.parse gives.
        themes[keys[i]] = { rate: rate === null ? null : Number(rate), grade };
      }
      if (present !== (r.theme_count ?? 0)) irregular.push(n);
      out[n] = {
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
        themes,
      };
    }
    if (irregular.length) {
      const themeRows: { id: string; themes: ResponseRow['themes'] | null }[] = await this.db.query(
        `SELECT r.id, (SELECT jsonb_object_agg(t.key, jsonb_build_object('rate', t.value->'rate', 'grade', t.value->'grade'))
                         FROM jsonb_each(r.result->'themes') t) AS themes
         FROM responses r WHERE r.id = ANY($1::uuid[])`,
        [irregular.map((n) => out[n].responseId)],
      );
      const byId = new Map(themeRows.map((t) => [t.id, t.themes ?? {}]));
      for (const n of irregular) out[n].themes = byId.get(out[n].responseId) ?? {};
    }
    return out;
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
