import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a database of 100,000 suppliers and millions of audit events needs:
 * - the audit log of one entity by its id alone (the console's "history" link filters by id);
 * - the verified head of each organisation's audit chain, so that a daily verification
 *   resumes there instead of rehashing the whole log;
 * - trigram indexes for the supplier search (`q=`: ILIKE '%…%' on names, codes and contact
 *   e-mails and names). Japanese text forms trigrams only when the database's LC_CTYPE
 *   classifies multibyte characters (C.UTF-8 or a real locale, not C): with ctype C the
 *   index still answers Latin searches and Japanese ones stay correct, unindexed;
 * - the progress of a launch, which queues its invitations in the background, a batch of
 *   responses at a time in id order.
 */
export class ScaleIndexes1763800000000 implements MigrationInterface {
  name = 'ScaleIndexes1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE INDEX audit_events_entity_id_idx ON audit_events (organization_id, entity_id, seq)`);
    await q.query(`
      CREATE TABLE audit_verified (
        organization_id uuid PRIMARY KEY REFERENCES organizations(id) ON DELETE CASCADE,
        seq bigint NOT NULL,
        hash text NOT NULL,
        verified_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX suppliers_code_trgm_idx ON suppliers USING gin (code gin_trgm_ops)`);
    await q.query(`CREATE INDEX supplier_contacts_email_trgm_idx ON supplier_contacts USING gin (email gin_trgm_ops)`);
    await q.query(`CREATE INDEX supplier_contacts_name_trgm_idx ON supplier_contacts USING gin (name gin_trgm_ops)`);
    await q.query(`
      CREATE TABLE campaign_launches (
        campaign_id uuid PRIMARY KEY REFERENCES campaigns(id) ON DELETE CASCADE,
        total int NOT NULL,
        queued int NOT NULL DEFAULT 0,
        invitations int NOT NULL DEFAULT 0,
        -- The last response handled, in id order: a retried job resumes after it.
        after_response_id uuid,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX responses_campaign_id_idx ON responses (campaign_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX responses_campaign_id_idx`);
    await q.query(`DROP TABLE campaign_launches`);
    await q.query(`DROP INDEX supplier_contacts_name_trgm_idx, supplier_contacts_email_trgm_idx, suppliers_code_trgm_idx`);
    await q.query(`DROP TABLE audit_verified`);
    await q.query(`DROP INDEX audit_events_entity_id_idx`);
  }
}
