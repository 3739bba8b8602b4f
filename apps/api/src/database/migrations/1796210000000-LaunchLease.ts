import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A launch's lease: the job queueing its invitations renews it with every batch, so that a
 * launch whose process was killed mid-way is resumed by another process once the lease
 * lapses, not after pg-boss expires the dead job (15 minutes).
 */
export class LaunchLease1796210000000 implements MigrationInterface {
  name = 'LaunchLease1796210000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign_launches ADD COLUMN locked_until timestamptz`);
    // Launches still under way when this runs get their lease now: the sweep resumes them.
    await q.query(`UPDATE campaign_launches SET locked_until = now() WHERE finished_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign_launches DROP COLUMN locked_until`);
  }
}
