import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The grade that counts, in SQL: one row per response and theme (and one with a NULL theme
 * for the overall grade), a standing override replacing the computed grade. The pure rule
 * is `effectiveGrade` in @ses/scoring; every query that needs the rule in SQL reads this view.
 * Theme rows come from the small `theme_grades` column, never from the stored explanation.
 */
export const EFFECTIVE_GRADES_VIEW_SQL = `
  CREATE VIEW response_effective_grades AS
  SELECT r.id AS response_id, r.organization_id, r.campaign_id, r.supplier_id, r.status,
         t.key AS theme, (t.value->>'rate')::float8 AS rate, t.value->>'grade' AS computed_grade,
         coalesce(o.grade, t.value->>'grade') AS grade, o.grade IS NOT NULL AS overridden
  FROM responses r
  CROSS JOIN LATERAL jsonb_each(r.theme_grades) t
  LEFT JOIN response_overrides o ON o.response_id = r.id AND o.theme = t.key AND o.withdrawn_at IS NULL
  UNION ALL
  SELECT r.id, r.organization_id, r.campaign_id, r.supplier_id, r.status,
         NULL::text, r.overall_rate, r.overall_grade,
         coalesce(o.grade, r.overall_grade), o.grade IS NOT NULL
  FROM responses r
  LEFT JOIN response_overrides o ON o.response_id = r.id AND o.theme IS NULL AND o.withdrawn_at IS NULL`;

export class EffectiveGrades1763800400000 implements MigrationInterface {
  name = 'EffectiveGrades1763800400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(EFFECTIVE_GRADES_VIEW_SQL);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW response_effective_grades`);
  }
}
