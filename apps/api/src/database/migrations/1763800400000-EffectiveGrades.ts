import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The grade that counts, in SQL: one row per response, a standing override replacing the
 * computed grade (the pure rule is `effectiveGrade` in @ses/scoring; every query that needs
 * the rule in SQL reads this view).
 *
 * - `overall_grade` counts; `computed_overall_grade` is what grading produced;
 *   `overall_overridden` says whether they may differ.
 * - `themes` is `{ key: { rate, grade[, computedGrade] } }` with the grades that count and,
 *   for an overridden theme, the computed one beside it; `computed_themes` is the stored
 *   `theme_grades` (`{ rate, grade }` as graded).
 * - `overridden` lists the overridden keys (theme keys, `overall`).
 *
 * Built from the small `theme_grades` column, never from the stored explanation. A
 * response without a standing override passes `theme_grades` through as it is, so lists of
 * 10,000 rows cost what they cost before; standing overrides are few, grouped once.
 */
export class EffectiveGrades1763800400000 implements MigrationInterface {
  name = 'EffectiveGrades1763800400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW response_effective_grades AS
      SELECT r.id AS response_id, r.organization_id, r.campaign_id, r.supplier_id, r.status, r.overall_rate,
             coalesce(ov.grades->>'', r.overall_grade) AS overall_grade,
             r.overall_grade AS computed_overall_grade,
             coalesce(ov.grades ? '', false) AS overall_overridden,
             CASE WHEN ov.grades IS NULL THEN r.theme_grades
                  ELSE (SELECT jsonb_object_agg(t.key, CASE WHEN ov.grades ? t.key
                                 THEN t.value || jsonb_build_object('grade', ov.grades->t.key, 'computedGrade', t.value->'grade')
                                 ELSE t.value END)
                        FROM jsonb_each(r.theme_grades) t) END AS themes,
             r.theme_grades AS computed_themes,
             coalesce(ov.keys, '{}') AS overridden
      FROM responses r
      LEFT JOIN (
        SELECT o.response_id, jsonb_object_agg(coalesce(o.theme, ''), o.grade) AS grades,
               array_agg(coalesce(o.theme, 'overall') ORDER BY o.theme NULLS FIRST) AS keys
        FROM response_overrides o WHERE o.withdrawn_at IS NULL GROUP BY o.response_id
      ) ov ON ov.response_id = r.id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW response_effective_grades`);
  }
}
