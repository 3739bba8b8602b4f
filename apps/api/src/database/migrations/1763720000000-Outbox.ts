import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Outbox1763720000000 implements MigrationInterface {
  name = 'Outbox1763720000000';

  async up(q: QueryRunner): Promise<void> {
    // One row per message to send. The unique dedupe key makes enqueueing idempotent; the
    // lease (`sending` until `locked_until`) keeps two processes from sending the same row.
    // campaign_id and response_id have no foreign key so that messages outlive what caused them.
    await q.query(`
      CREATE TABLE outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        dedupe_key text NOT NULL UNIQUE,
        kind text NOT NULL,
        to_address text NOT NULL,
        subject text NOT NULL,
        html text NOT NULL,
        text text NOT NULL,
        message_id text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        campaign_id uuid,
        response_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        next_attempt_at timestamptz DEFAULT now(),
        locked_until timestamptz
      )`);
    await q.query(
      `CREATE INDEX outbox_org_created_idx ON outbox (organization_id, created_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX outbox_campaign_idx ON outbox (campaign_id, created_at DESC) WHERE campaign_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX outbox_response_idx ON outbox (response_id) WHERE response_id IS NOT NULL`,
    );
    // Buyers look for the messages that are not delivered yet; those are few.
    await q.query(
      `CREATE INDEX outbox_undelivered_idx ON outbox (organization_id, status) WHERE status <> 'sent'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox`);
  }
}
