import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Dashboard } from '@ses/api-types';
import { GRADES } from '@ses/scoring';
import { CampaignsService } from '../campaigns/campaigns.service';
import { gradeCounts } from '../responses/effective-grades';
import { PUBLIC_STATUS_SQL } from '../responses/response-status';
import { CAMPAIGNS } from '../campaigns/campaigns.sql';
import { RESPONSES } from '../responses/responses.sql';
import { SUPPLIERS } from '../suppliers/suppliers.sql';

const emptyDistribution = () => Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<string, number>;

/** The campaign at a glance: progress, grades per theme, Z ratings, who is late. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly db: DataSource,
    private readonly campaigns: CampaignsService,
  ) {}

  async dashboard(organizationId: string, campaignId: string): Promise<Dashboard> {
    const campaign = await this.campaigns.get(organizationId, campaignId);
    const [days, grades, overdue] = await Promise.all([
      this.db.query(
        `SELECT to_char(submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS date, count(*)::int AS n FROM ${RESPONSES} responses
         WHERE campaign_id = $1 AND status = 'submitted' GROUP BY 1 ORDER BY 1`,
        [campaignId],
      ) as Promise<{ date: string; n: number }[]>,
      gradeCounts(this.db, campaignId),
      this.db.query(
        `SELECT r.id AS "responseId", s.id AS "supplierId", s.name AS "supplierName", ${PUBLIC_STATUS_SQL} AS status
         FROM ${RESPONSES} r JOIN ${CAMPAIGNS} c ON c.id = r.campaign_id JOIN ${SUPPLIERS} s ON s.id = r.supplier_id
         WHERE r.campaign_id = $1 AND r.status <> 'submitted' AND c.due_date < current_date
         ORDER BY s.name LIMIT 100`,
        [campaignId],
      ),
    ]);
    let cumulative = 0;
    const timeline = days.map((d) => {
      cumulative += d.n;
      return { date: d.date, submitted: cumulative, rate: campaign.supplierCount ? cumulative / campaign.supplierCount : 0 };
    });
    const gradeDistribution: Record<string, Record<string, number>> = {};
    const overallDistribution = emptyDistribution();
    for (const r of grades) {
      if (r.theme === null) {
        if (r.grade) overallDistribution[r.grade] = r.n;
      } else if (r.grade) (gradeDistribution[r.theme] ??= emptyDistribution())[r.grade] = r.n;
    }
    return {
      supplierCount: campaign.supplierCount,
      counts: campaign.counts,
      responseRate: campaign.responseRate,
      zCount: overallDistribution.Z ?? 0,
      timeline,
      overallDistribution,
      gradeDistribution,
      overdue,
    };
  }
}
