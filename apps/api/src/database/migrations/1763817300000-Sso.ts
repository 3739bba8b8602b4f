import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on per organisation: its OpenID provider, the sign-ins under way (state,
 * nonce and PKCE verifier, kept on the server for ten minutes and used once), and the link
 * from a user to the provider's subject.
 */
export class Sso1763817300000 implements MigrationInterface {
  name = 'Sso1763817300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sso_configs (
        organization_id uuid PRIMARY KEY REFERENCES organizations(id) ON DELETE CASCADE,
        issuer text NOT NULL,
        client_id text NOT NULL,
        client_secret text NOT NULL,
        role_claim text NOT NULL,
        role_mapping jsonb NOT NULL,
        default_role text CHECK (default_role IN ('admin', 'buyer', 'viewer')),
        allowed_domains text[] NOT NULL,
        mandatory boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE sso_logins (
        state_hash bytea PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        code_verifier text NOT NULL,
        nonce text NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`ALTER TABLE users ADD COLUMN sso_subject text`);
    await q.query(`CREATE UNIQUE INDEX users_sso_subject_idx ON users (organization_id, sso_subject) WHERE sso_subject IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN sso_subject`);
    await q.query(`DROP TABLE sso_logins, sso_configs`);
  }
}
