import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Four-eyes approvals: an organisation chooses which actions wait for a second person, and
 * each waiting action keeps the request as it was made, to be carried out on approval.
 */
export class Approvals1763817200000 implements MigrationInterface {
  name = 'Approvals1763817200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organizations ADD COLUMN approvals jsonb`);
    await q.query(`
      CREATE TABLE approvals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('override', 'verification', 'release')),
        target_id uuid NOT NULL,
        request jsonb NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
        requested_by uuid REFERENCES users(id) ON DELETE SET NULL,
        requested_by_name text NOT NULL,
        requested_at timestamptz NOT NULL DEFAULT now(),
        decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_by_name text,
        decided_at timestamptz,
        comment text
      )`);
    await q.query(`CREATE INDEX approvals_queue_idx ON approvals (organization_id, status, requested_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE approvals`);
    await q.query(`ALTER TABLE organizations DROP COLUMN approvals`);
  }
}
