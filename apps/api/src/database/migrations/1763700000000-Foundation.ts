import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1763700000000 implements MigrationInterface {
  name = 'Foundation1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        slug text NOT NULL UNIQUE,
        thresholds jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        email text NOT NULL UNIQUE,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'buyer', 'viewer')),
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX users_organization_idx ON users (organization_id)`);
    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash bytea NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);
    await q.query(`
      CREATE TABLE suppliers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        name text NOT NULL,
        code text,
        product_type text NOT NULL,
        country text,
        tier smallint NOT NULL DEFAULT 1 CHECK (tier BETWEEN 1 AND 10),
        parent_supplier_id uuid REFERENCES suppliers(id) ON DELETE SET NULL,
        risk_level text NOT NULL DEFAULT 'medium' CHECK (risk_level IN ('low', 'medium', 'high')),
        tags text[] NOT NULL DEFAULT '{}',
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX suppliers_org_code_idx ON suppliers (organization_id, code) WHERE code IS NOT NULL`,
    );
    await q.query(`CREATE INDEX suppliers_org_name_idx ON suppliers (organization_id, name)`);
    await q.query(`CREATE INDEX suppliers_org_product_type_idx ON suppliers (organization_id, product_type)`);
    await q.query(`CREATE INDEX suppliers_name_trgm_idx ON suppliers USING gin (name gin_trgm_ops)`);
    await q.query(`CREATE INDEX suppliers_tags_idx ON suppliers USING gin (tags)`);
    await q.query(`
      CREATE TABLE supplier_contacts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        supplier_id uuid NOT NULL REFERENCES suppliers(id) ON DELETE CASCADE,
        name text NOT NULL,
        email text NOT NULL,
        language text NOT NULL DEFAULT 'ja' CHECK (language IN ('ja', 'en')),
        position smallint NOT NULL DEFAULT 0
      )`);
    await q.query(`CREATE INDEX supplier_contacts_supplier_idx ON supplier_contacts (supplier_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE supplier_contacts, suppliers, sessions, users, organizations`);
  }
}
