import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Campaigns1763730000000 implements MigrationInterface {
  name = 'Campaigns1763730000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE campaigns (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        name text NOT NULL,
        questionnaire_version_id uuid NOT NULL REFERENCES questionnaire_versions(id),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'closed')),
        due_date date NOT NULL,
        thresholds jsonb NOT NULL,
        depth_rule jsonb NOT NULL,
        reminder_days_before int[] NOT NULL DEFAULT '{7,1}',
        remind_overdue boolean NOT NULL DEFAULT true,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        launched_at timestamptz,
        closed_at timestamptz
      )`);
    await q.query(`CREATE INDEX campaigns_org_idx ON campaigns (organization_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE responses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        campaign_id uuid NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        -- A supplier with responses cannot be deleted, only archived.
        supplier_id uuid NOT NULL REFERENCES suppliers(id) ON DELETE RESTRICT,
        depth text NOT NULL CHECK (depth IN ('core', 'extended')),
        status text NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'opened', 'in_progress', 'submitted')),
        version int NOT NULL DEFAULT 0,
        previous_response_id uuid REFERENCES responses(id) ON DELETE SET NULL,
        opened_at timestamptz,
        submitted_at timestamptz,
        declaration jsonb,
        result jsonb,
        rules_version text,
        overall_grade text,
        overall_rate double precision,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (campaign_id, supplier_id)
      )`);
    await q.query(`CREATE INDEX responses_supplier_idx ON responses (supplier_id, submitted_at DESC)`);
    await q.query(`
      CREATE TABLE response_answers (
        response_id uuid NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
        question_id text NOT NULL,
        value jsonb NOT NULL,
        comment text,
        needs_confirmation boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (response_id, question_id)
      )`);
    await q.query(`
      CREATE TABLE response_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        response_id uuid NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
        contact_id uuid REFERENCES supplier_contacts(id) ON DELETE SET NULL,
        email text NOT NULL,
        language text NOT NULL CHECK (language IN ('ja', 'en')),
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX response_tokens_response_idx ON response_tokens (response_id)`);
    await q.query(`
      CREATE TABLE attachments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        response_id uuid NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
        question_id text NOT NULL,
        filename text NOT NULL,
        content_type text NOT NULL,
        size int NOT NULL,
        sha256 text NOT NULL,
        storage_name text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX attachments_response_idx ON attachments (response_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE attachments, response_tokens, response_answers, responses, campaigns`);
  }
}
