import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Grievances1763760000000 implements MigrationInterface {
  name = 'Grievances1763760000000';

  async up(q: QueryRunner): Promise<void> {
    // Nothing here identifies the reporter unless they typed it: no address, no user agent,
    // no session. The tracking code is kept only as its SHA-256.
    await q.query(`
      CREATE TABLE grievances (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        tracking_hash bytea NOT NULL UNIQUE,
        category text NOT NULL CHECK (category IN ('human_rights', 'labour', 'health_safety', 'environment', 'corruption', 'other')),
        description text NOT NULL,
        supplier_name text,
        supplier_id uuid REFERENCES suppliers(id) ON DELETE SET NULL,
        reporter_contact text,
        language text,
        status text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'triage', 'investigating', 'resolved', 'closed')),
        outcome text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX grievances_org_idx ON grievances (organization_id, created_at DESC)`);
    await q.query(`CREATE INDEX grievances_supplier_idx ON grievances (supplier_id) WHERE supplier_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE grievance_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        grievance_id uuid NOT NULL REFERENCES grievances(id) ON DELETE CASCADE,
        author text NOT NULL CHECK (author IN ('reporter', 'buyer')),
        author_name text,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX grievance_messages_grievance_idx ON grievance_messages (grievance_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE grievance_messages, grievances`);
  }
}
