import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Review1763740000000 implements MigrationInterface {
  name = 'Review1763740000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE response_overrides (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        response_id uuid NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
        theme text,
        grade text NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D', 'Z')),
        computed_grade text,
        reason text NOT NULL,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_by_name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        withdrawn_at timestamptz
      )`);
    // At most one standing override per response and theme (NULL theme = the overall grade).
    await q.query(`CREATE UNIQUE INDEX response_overrides_standing_idx ON response_overrides (response_id, coalesce(theme, '')) WHERE withdrawn_at IS NULL`);
    await q.query(`
      CREATE TABLE response_events (
        id bigserial PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        response_id uuid NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
        kind text NOT NULL,
        actor text NOT NULL,
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX response_events_response_idx ON response_events (response_id, id)`);
    await q.query(`ALTER TABLE responses ADD COLUMN feedback_released_at timestamptz`);
    await q.query(`CREATE INDEX responses_campaign_idx ON responses (campaign_id, status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE responses DROP COLUMN feedback_released_at`);
    await q.query(`DROP TABLE response_events, response_overrides`);
  }
}
