import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CorrectiveActions1763750000000 implements MigrationInterface {
  name = 'CorrectiveActions1763750000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE corrective_actions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        campaign_id uuid NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        response_id uuid NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
        supplier_id uuid NOT NULL REFERENCES suppliers(id) ON DELETE RESTRICT,
        theme text NOT NULL,
        status text NOT NULL DEFAULT 'requested'
          CHECK (status IN ('requested', 'plan_submitted', 'plan_approved', 'plan_rejected', 'implemented', 'closed', 'escalated')),
        failed_points jsonb NOT NULL DEFAULT '[]',
        -- 'auto' when opened for a Z theme at submission, otherwise the id of the user.
        opened_by text NOT NULL,
        owner_id uuid REFERENCES users(id) ON DELETE SET NULL,
        due_date date NOT NULL,
        plan text,
        plan_submitted_at timestamptz,
        review_comment text,
        reviewed_at timestamptz,
        report text,
        reported_at timestamptz,
        verify_comment text,
        closed_at timestamptz,
        escalated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 0
      )`);
    // One automatic action per graded theme, so a resubmission after a reopening opens none twice …
    await q.query(`CREATE UNIQUE INDEX corrective_actions_auto_idx ON corrective_actions (response_id, theme) WHERE opened_by = 'auto'`);
    // … and never two open actions about the same theme of the same response.
    await q.query(
      `CREATE UNIQUE INDEX corrective_actions_open_idx ON corrective_actions (response_id, theme) WHERE status NOT IN ('closed', 'escalated')`,
    );
    await q.query(`CREATE INDEX corrective_actions_board_idx ON corrective_actions (organization_id, due_date, created_at)`);
    await q.query(`CREATE INDEX corrective_actions_supplier_idx ON corrective_actions (supplier_id, created_at)`);
    await q.query(`CREATE INDEX corrective_actions_campaign_idx ON corrective_actions (campaign_id)`);
    await q.query(`
      CREATE TABLE corrective_action_events (
        id bigserial PRIMARY KEY,
        action_id uuid NOT NULL REFERENCES corrective_actions(id) ON DELETE CASCADE,
        kind text NOT NULL,
        side text NOT NULL CHECK (side IN ('buyer', 'supplier', 'system')),
        actor text NOT NULL,
        comment text,
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX corrective_action_events_action_idx ON corrective_action_events (action_id, id)`);
    // Evidence of an implementation report lives with the questionnaire's evidence; question_id holds the theme key.
    await q.query(`ALTER TABLE attachments ADD COLUMN corrective_action_id uuid REFERENCES corrective_actions(id) ON DELETE CASCADE`);
    await q.query(`CREATE INDEX attachments_corrective_action_idx ON attachments (corrective_action_id) WHERE corrective_action_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE attachments DROP COLUMN corrective_action_id`);
    await q.query(`DROP TABLE corrective_action_events, corrective_actions`);
  }
}
