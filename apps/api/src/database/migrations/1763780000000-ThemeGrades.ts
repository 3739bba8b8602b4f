import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each graded response keeps its themes' rates and grades in a small column beside the
 * full explanation, so that the matrix and the campaign's rows never read the explanation.
 */
export class ThemeGrades1763780000000 implements MigrationInterface {
  name = 'ThemeGrades1763780000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE responses ADD COLUMN theme_grades jsonb`);
    await q.query(`
      UPDATE responses SET theme_grades = (
        SELECT coalesce(jsonb_object_agg(t.key, jsonb_build_object('rate', t.value->'rate', 'grade', t.value->'grade')), '{}'::jsonb)
        FROM jsonb_each(result->'themes') t)
      WHERE result IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE responses DROP COLUMN theme_grades`);
  }
}
