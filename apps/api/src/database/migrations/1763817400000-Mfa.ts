import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A second factor for password accounts: a TOTP secret (pending until confirmed with a
 * code), the last time step used (a code works once), single-use recovery codes stored as
 * hashes, and an organisation-wide requirement.
 */
export class Mfa1763817400000 implements MigrationInterface {
  name = 'Mfa1763817400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN totp_secret text, ADD COLUMN totp_enabled_at timestamptz, ADD COLUMN totp_last_step bigint`);
    await q.query(`ALTER TABLE organizations ADD COLUMN require_mfa boolean NOT NULL DEFAULT false`);
    await q.query(`
      CREATE TABLE recovery_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        code_hash bytea NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX recovery_codes_user_idx ON recovery_codes (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE recovery_codes`);
    await q.query(`ALTER TABLE organizations DROP COLUMN require_mfa`);
    await q.query(`ALTER TABLE users DROP COLUMN totp_secret, DROP COLUMN totp_enabled_at, DROP COLUMN totp_last_step`);
  }
}
