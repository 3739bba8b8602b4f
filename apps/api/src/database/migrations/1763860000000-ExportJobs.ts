import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Files made in the background (the feedback zip): progress for the console, the file under DATA_DIR. */
export class ExportJobs1763860000000 implements MigrationInterface {
  name = 'ExportJobs1763860000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE export_jobs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        requested_by uuid REFERENCES users(id) ON DELETE SET NULL,
        kind text NOT NULL CHECK (kind IN ('feedback_zip')),
        campaign_id uuid REFERENCES campaigns(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
        done int NOT NULL DEFAULT 0,
        total int,
        file_name text,
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX export_jobs_org_idx ON export_jobs (organization_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE export_jobs`);
  }
}
