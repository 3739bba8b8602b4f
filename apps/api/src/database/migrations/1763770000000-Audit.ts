import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Audit1763770000000 implements MigrationInterface {
  name = 'Audit1763770000000';

  async up(q: QueryRunner): Promise<void> {
    // An append-only, hash-chained log per organisation: each row's hash covers the previous
    // row's hash and its own fields, so an edited row breaks its hash and a deleted row
    // leaves a gap in seq. No foreign keys on the entity: events outlive what they describe.
    // A row without seq and hash is pending: written by the autosave statement, which takes
    // no lock, and chained shortly after by the sealer (AuditService.seal).
    await q.query(`
      CREATE TABLE audit_events (
        id bigserial PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        seq bigint,
        occurred_at timestamptz NOT NULL,
        actor_type text NOT NULL CHECK (actor_type IN ('user', 'supplier', 'reporter', 'system')),
        actor_id text,
        actor_label text NOT NULL,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        before jsonb,
        after jsonb,
        prev_hash text,
        hash text,
        UNIQUE (organization_id, seq),
        CHECK ((seq IS NULL) = (hash IS NULL) AND (seq IS NULL) = (prev_hash IS NULL))
      )`);
    await q.query(`CREATE INDEX audit_events_entity_idx ON audit_events (organization_id, entity_type, entity_id, seq)`);
    await q.query(`CREATE INDEX audit_events_pending_idx ON audit_events (organization_id, id) WHERE seq IS NULL`);
    await q.query(`CREATE INDEX audit_events_time_idx ON audit_events (organization_id, occurred_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_events`);
  }
}
