import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Questionnaires1763710000000 implements MigrationInterface {
  name = 'Questionnaires1763710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE questionnaires (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid REFERENCES organizations(id) ON DELETE CASCADE,
        key text NOT NULL,
        title jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One questionnaire per key and owner; NULLS NOT DISTINCT makes built-in keys unique too.
    await q.query(`CREATE UNIQUE INDEX questionnaires_owner_key_idx ON questionnaires (organization_id, key) NULLS NOT DISTINCT`);
    await q.query(`
      CREATE TABLE questionnaire_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        questionnaire_id uuid NOT NULL REFERENCES questionnaires(id) ON DELETE CASCADE,
        version int NOT NULL,
        status text NOT NULL CHECK (status IN ('draft', 'published')),
        definition jsonb NOT NULL,
        content_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        UNIQUE (questionnaire_id, version)
      )`);
    await q.query(`CREATE UNIQUE INDEX questionnaire_versions_one_draft_idx ON questionnaire_versions (questionnaire_id) WHERE status = 'draft'`);
    // A published version never changes: enforced by the database, not only by the service.
    await q.query(`
      CREATE FUNCTION questionnaire_versions_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'published' THEN
          RAISE EXCEPTION 'published questionnaire version % is immutable', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE TRIGGER questionnaire_versions_frozen BEFORE UPDATE OR DELETE ON questionnaire_versions
      FOR EACH ROW EXECUTE FUNCTION questionnaire_versions_frozen()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE questionnaire_versions, questionnaires`);
    await q.query(`DROP FUNCTION questionnaire_versions_frozen`);
  }
}
