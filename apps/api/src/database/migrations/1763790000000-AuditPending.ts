import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Autosave events wait to be chained in a table of their own. Written into `audit_events`
 * they cost every save four index entries and a foreign-key check (a share lock on the
 * organisation's row that all of its suppliers' saves contend for), and chaining them
 * then rewrote each row with every index again. `audit_pending` has only its key and no
 * foreign key: the sealer moves its rows into the chain in batches, and drops those of an
 * organisation that no longer exists. Chained events are always complete.
 */
export class AuditPending1763790000000 implements MigrationInterface {
  name = 'AuditPending1763790000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_pending (
        id bigserial PRIMARY KEY,
        organization_id uuid NOT NULL,
        occurred_at timestamptz NOT NULL,
        actor_type text NOT NULL CHECK (actor_type IN ('user', 'supplier', 'reporter', 'system')),
        actor_id text,
        actor_label text NOT NULL,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        before jsonb,
        after jsonb
      )`);
    const columns = 'organization_id, occurred_at, actor_type, actor_id, actor_label, action, entity_type, entity_id, before, after';
    await q.query(`INSERT INTO audit_pending (${columns}) SELECT ${columns} FROM audit_events WHERE seq IS NULL ORDER BY id`);
    await q.query(`DELETE FROM audit_events WHERE seq IS NULL`);
    await q.query(`DROP INDEX audit_events_pending_idx`);
    await q.query(`ALTER TABLE audit_events DROP CONSTRAINT audit_events_check`);
    await q.query(`ALTER TABLE audit_events ALTER seq SET NOT NULL, ALTER prev_hash SET NOT NULL, ALTER hash SET NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_events ALTER seq DROP NOT NULL, ALTER prev_hash DROP NOT NULL, ALTER hash DROP NOT NULL`);
    await q.query(`ALTER TABLE audit_events ADD CONSTRAINT audit_events_check CHECK ((seq IS NULL) = (hash IS NULL) AND (seq IS NULL) = (prev_hash IS NULL))`);
    await q.query(`CREATE INDEX audit_events_pending_idx ON audit_events (organization_id, id) WHERE seq IS NULL`);
    const columns = 'organization_id, occurred_at, actor_type, actor_id, actor_label, action, entity_type, entity_id, before, after';
    await q.query(`INSERT INTO audit_events (${columns}) SELECT ${columns} FROM audit_pending ORDER BY id`);
    await q.query(`DROP TABLE audit_pending`);
  }
}
