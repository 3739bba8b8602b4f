import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a supplier sees its grades (on submission, or only once its feedback is released),
 * and per sheet whether the buyer holds it back and when the supplier first opened it.
 */
export class FeedbackRelease1796200000000 implements MigrationInterface {
  name = 'FeedbackRelease1796200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE campaigns ADD COLUMN grade_visibility text NOT NULL DEFAULT 'after_release'
         CHECK (grade_visibility IN ('after_release', 'on_submit'))`,
    );
    await q.query(`ALTER TABLE responses ADD COLUMN feedback_hold boolean NOT NULL DEFAULT false, ADD COLUMN feedback_opened_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE responses DROP COLUMN feedback_hold, DROP COLUMN feedback_opened_at`);
    await q.query(`ALTER TABLE campaigns DROP COLUMN grade_visibility`);
  }
}
