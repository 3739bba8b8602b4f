import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API keys, webhooks and their deliveries. A delivery row is unique per (webhook, event),
 * so an event reaches each subscription once however many processes handle its jobs; the
 * row's lease tells a worker whether another one is sending it right now. API keys can act
 * in the audit log, as their own actor type.
 */
export class Integrations1796190000000 implements MigrationInterface {
  name = 'Integrations1796190000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        created_by uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        name text NOT NULL,
        scope text NOT NULL CHECK (scope IN ('read', 'write')),
        prefix text NOT NULL,
        key_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        expires_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX api_keys_organization_idx ON api_keys (organization_id)`);
    await q.query(`
      CREATE TABLE webhooks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        url text NOT NULL,
        events text[] NOT NULL,
        secret text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX webhooks_organization_idx ON webhooks (organization_id)`);
    await q.query(`
      CREATE TABLE webhook_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        type text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        webhook_id uuid NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
        event_id uuid NOT NULL REFERENCES webhook_events(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'delivered', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        lease_until timestamptz,
        last_status_code integer,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        UNIQUE (webhook_id, event_id)
      )`);
    await q.query(`CREATE INDEX webhook_deliveries_event_idx ON webhook_deliveries (event_id)`);
    for (const table of ['audit_events', 'audit_pending']) {
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_actor_type_check`);
      await q.query(
        `ALTER TABLE ${table} ADD CONSTRAINT ${table}_actor_type_check CHECK (actor_type IN ('user', 'supplier', 'reporter', 'system', 'api_key'))`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['audit_events', 'audit_pending']) {
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_actor_type_check`);
      await q.query(
        `ALTER TABLE ${table} ADD CONSTRAINT ${table}_actor_type_check CHECK (actor_type IN ('user', 'supplier', 'reporter', 'system'))`,
      );
    }
    await q.query(`DROP TABLE webhook_deliveries`);
    await q.query(`DROP TABLE webhook_events`);
    await q.query(`DROP TABLE webhooks`);
    await q.query(`DROP TABLE api_keys`);
  }
}
