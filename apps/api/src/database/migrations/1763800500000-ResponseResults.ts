import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A response's grading result (the full explanation: every theme's points, failures and
 * lost points, several KB) moves to a table of its own. Compressed, it stayed inside the
 * `responses` row, so every list page scanning responses read it although none shows it.
 * The row keeps what lists show: the overall grade and rate, and `theme_grades`.
 * A large existing database should run `VACUUM FULL responses` once afterwards: dropping a
 * column does not shrink the rows already written.
 */
export class ResponseResults1763800500000 implements MigrationInterface {
  name = 'ResponseResults1763800500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE response_results (
        response_id uuid PRIMARY KEY REFERENCES responses(id) ON DELETE CASCADE,
        result jsonb NOT NULL
      )`);
    await q.query(`INSERT INTO response_results (response_id, result) SELECT id, result FROM responses WHERE result IS NOT NULL`);
    await q.query(`ALTER TABLE responses DROP COLUMN result`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE responses ADD COLUMN result jsonb`);
    await q.query(`UPDATE responses r SET result = x.result FROM response_results x WHERE x.response_id = r.id`);
    await q.query(`DROP TABLE response_results`);
  }
}
