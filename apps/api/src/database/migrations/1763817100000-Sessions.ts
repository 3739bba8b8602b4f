import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions remember the client that opened them, so that a person can tell their sign-ins
 * apart before revoking one; users can be deactivated (kept for the audit trail and the
 * records they own, but unable to sign in).
 */
export class Sessions1763817100000 implements MigrationInterface {
  name = 'Sessions1763817100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sessions ADD COLUMN user_agent text`);
    await q.query(`ALTER TABLE users ADD COLUMN deactivated_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN deactivated_at`);
    await q.query(`ALTER TABLE sessions DROP COLUMN user_agent`);
  }
}
